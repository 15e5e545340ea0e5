import Testing

@testable import PulseStats

/// Wilson interval, two-proportion z-test and Benjamini–Hochberg against statsmodels.
@Suite("Methods: proportions")
struct MethodsProportionTests {
    struct Wilson: Decodable {
        var successes: Int
        var n: Int
        var confidence: Double
        var lower: Double
        var upper: Double
    }
    struct ZTest: Decodable {
        struct Expected: Decodable {
            var statistic: Double
            var pValue: Double
        }
        var successes1: Int
        var n1: Int
        var successes2: Int
        var n2: Int
        var expected: Expected?
    }
    struct BH: Decodable {
        var pValues: [Double]
        var adjusted: [Double]
    }

    /// Bounds at exactly 0 or 1 come out of a subtraction of equal terms: compared to 1e-15 absolute.
    @Test func wilsonMatchesStatsmodels() throws {
        for c in try MethodsFixture.cases("wilson", as: [Wilson].self) {
            let interval = try #require(
                WilsonInterval.interval(successes: c.successes, n: c.n, confidence: c.confidence))
            #expect(agrees(interval.lower, c.lower, absolute: 1e-15), "\(c.successes)/\(c.n)")
            #expect(agrees(interval.upper, c.upper, absolute: 1e-15), "\(c.successes)/\(c.n)")
        }
        #expect(WilsonInterval.interval(successes: 0, n: 0) == nil)
        #expect(WilsonInterval.interval(successes: 6, n: 5) == nil)
    }

    @Test func twoProportionMatchesStatsmodels() throws {
        for c in try MethodsFixture.cases("two_proportion", as: [ZTest].self) {
            let result = TwoProportionTest.test(successes1: c.successes1, n1: c.n1, successes2: c.successes2, n2: c.n2)
            guard let expected = c.expected else {
                #expect(result == nil)
                continue
            }
            let r = try #require(result)
            #expect(agrees(r.statistic, expected.statistic))
            #expect(agrees(r.pValue, expected.pValue))
            #expect(r.degreesOfFreedom == nil)
        }
    }

    @Test func benjaminiHochbergMatchesStatsmodels() throws {
        for c in try MethodsFixture.cases("benjamini_hochberg", as: [BH].self) {
            let adjusted = BenjaminiHochberg.adjust(c.pValues)
            #expect(adjusted.count == c.adjusted.count)
            for (a, e) in zip(adjusted, c.adjusted) { #expect(agrees(a, e, relative: 1e-15), "\(c.pValues)") }
        }
        #expect(BenjaminiHochberg.adjust([]) == [])
        #expect(BenjaminiHochberg.adjust([.nan, 0.01]) == [1, 0.02])
    }
}
