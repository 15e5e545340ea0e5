import Testing

@testable import PulseStats

/// OLS, Mann–Kendall and Theil–Sen against scipy and pymannkendall.
@Suite("Methods: trends")
struct MethodsTrendTests {
    struct Linear: Decodable {
        var x: [Double]
        var y: [Double]
        var confidence: Double
        var slope: Double
        var intercept: Double
        var pValue: Double
        var stderr: Double
        var lower: Double
        var upper: Double
    }
    struct MK: Decodable {
        var y: [Double]
        var s: Int
        var variance: Double
        var z: Double
        var tau: Double
        var pValue: Double
        var pValueExact: Double
    }
    struct Sen: Decodable {
        var x: [Double]
        var y: [Double]
        var confidence: Double
        var slope: Double
        var intercept: Double
        var lower: Double?
        var upper: Double?
    }

    /// Sums in a different order than numpy: 1e-9 relative, with an absolute floor of 1e-12 for an
    /// intercept or slope that is zero up to rounding.
    @Test func linearTrendMatchesSciPy() throws {
        for c in try MethodsFixture.cases("linear_trend", as: [Linear].self) {
            let fit = try #require(LinearTrend.fit(x: c.x, y: c.y, confidence: c.confidence))
            #expect(agrees(fit.slope, c.slope, absolute: 1e-12), "\(c.y)")
            #expect(agrees(fit.intercept, c.intercept, absolute: 1e-12))
            #expect(agrees(fit.slopeStandardError, c.stderr, absolute: 1e-12))
            #expect(agrees(fit.pValue, c.pValue, absolute: 1e-15), "\(fit.pValue) vs \(c.pValue)")
            #expect(agrees(fit.slopeInterval.lower, c.lower, absolute: 1e-12))
            #expect(agrees(fit.slopeInterval.upper, c.upper, absolute: 1e-12))
        }
        #expect(LinearTrend.fit(x: [0, 1], y: [1, 2]) == nil)
        #expect(LinearTrend.fit(x: [0, 1, 2], y: [3, 3, 3]) == nil)
        #expect(LinearTrend.fit(x: [1, 1, 1], y: [1, 2, 3]) == nil)
    }

    /// pymannkendall's p is 2(1 − Φ(|z|)), exact only to ~1e-16 absolute; `pValueExact` is 2Φ(−|z|).
    @Test func mannKendallMatchesPymannkendall() throws {
        for c in try MethodsFixture.cases("mann_kendall", as: [MK].self) {
            let test = try #require(MannKendall.test(c.y))
            #expect(test.s == c.s)
            #expect(agrees(test.variance, c.variance))
            #expect(agrees(test.z, c.z))
            #expect(agrees(test.tau, c.tau))
            #expect(agrees(test.pValue, c.pValue, absolute: 1e-15))
            #expect(agrees(test.pValue, c.pValueExact))
        }
        #expect(MannKendall.test([3, 3, 3, 3]) == nil)
        #expect(MannKendall.test([1, 2]) == nil)
    }

    @Test func theilSenMatchesSciPy() throws {
        for c in try MethodsFixture.cases("theil_sen", as: [Sen].self) {
            let fit = try #require(TheilSen.fit(x: c.x, y: c.y, confidence: c.confidence))
            #expect(agrees(fit.slope, c.slope, absolute: 1e-12), "\(c.x) \(c.y)")
            #expect(agrees(fit.intercept, c.intercept, absolute: 1e-12))
            // Where ties make Sen's σ² negative scipy gives NaN; σ² = 0 here, and with y constant every slope is 0.
            #expect(agrees(fit.slopeInterval.lower, c.lower ?? fit.slope, absolute: 1e-12), "\(c.x) \(c.y)")
            #expect(agrees(fit.slopeInterval.upper, c.upper ?? fit.slope, absolute: 1e-12))
        }
        #expect(TheilSen.fit(x: [2, 2, 2], y: [1, 2, 3]) == nil)
        #expect(TheilSen.fit(x: [1], y: [1]) == nil)
    }
}
