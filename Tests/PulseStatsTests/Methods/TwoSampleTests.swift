import Testing

@testable import PulseStats

/// Welch's test, Hedges' g and the t interval against scipy and pingouin (welch.json, hedges.json, mean_interval.json).
@Suite("Methods: two samples")
struct MethodsTwoSampleTests {
    struct Welch: Decodable {
        struct Expected: Decodable {
            var statistic: Double
            var df: Double
            var pValue: Double
        }
        var a: SummaryFixture
        var b: SummaryFixture
        var expected: Expected?
    }
    struct Hedges: Decodable {
        var a: SummaryFixture
        var b: SummaryFixture
        var expected: Double?
    }
    struct MeanCI: Decodable {
        var summary: SummaryFixture
        var confidence: Double
        var lower: Double
        var upper: Double
    }

    @Test func welchMatchesSciPy() throws {
        for c in try MethodsFixture.cases("welch", as: [Welch].self) {
            let result = WelchTest.test(c.a.summary, c.b.summary)
            guard let expected = c.expected else {
                #expect(result == nil)
                continue
            }
            let r = try #require(result)
            #expect(r.test == "Welch's t-test")
            #expect(agrees(r.statistic, expected.statistic), "\(c.a) \(c.b)")
            #expect(agrees(r.degreesOfFreedom, expected.df))
            #expect(agrees(r.pValue, expected.pValue), "\(r.pValue) vs \(expected.pValue)")
        }
    }

    /// The example of WelchTest's doc comment (scipy.stats.ttest_ind_from_stats, equal_var=False).
    @Test func welchDocExample() throws {
        let r = try #require(
            WelchTest.test(
                SampleSummary(n: 20, mean: 3.1, variance: 0.8), SampleSummary(n: 25, mean: 3.6, variance: 1.1)))
        #expect(agrees(r.statistic, -1.7251638983558857))
        #expect(agrees(r.degreesOfFreedom, 42.795488401787615))
        #expect(agrees(r.pValue, 0.091713752107424))
    }

    @Test func welchRejectsDegenerateInput() {
        let ok = SampleSummary(n: 10, mean: 3, variance: 1)
        #expect(WelchTest.test(SampleSummary(n: 1, mean: 3, variance: 0), ok) == nil)
        #expect(WelchTest.test(SampleSummary(n: 5, mean: .nan, variance: 1), ok) == nil)
        #expect(
            WelchTest.test(SampleSummary(n: 5, mean: 3, variance: 0), SampleSummary(n: 5, mean: 4, variance: 0)) == nil)
    }

    @Test func hedgesMatchesPingouin() throws {
        for c in try MethodsFixture.cases("hedges", as: [Hedges].self) {
            #expect(agrees(HedgesG.effect(from: c.a.summary, to: c.b.summary), c.expected), "\(c.a) \(c.b)")
        }
    }

    @Test func meanIntervalMatchesSciPy() throws {
        for c in try MethodsFixture.cases("mean_interval", as: [MeanCI].self) {
            let interval = try #require(MeanInterval.t(c.summary.summary, confidence: c.confidence))
            #expect(agrees(interval.lower, c.lower))
            #expect(agrees(interval.upper, c.upper))
        }
        #expect(MeanInterval.t(SampleSummary(n: 1, mean: 3, variance: 0)) == nil)
        #expect(MeanInterval.t(SampleSummary(n: 5, mean: 3, variance: 1), confidence: 1) == nil)
    }

    @Test func summaryFromValues() {
        let s = SampleSummary([1, 2, 3, 4])
        #expect(s.n == 4 && s.mean == 2.5)
        #expect(agrees(s.variance, 5.0 / 3))
        #expect(agrees(s.standardError, (5.0 / 3 / 4).squareRoot()))
        #expect(SampleSummary([]).standardError == .infinity)
    }
}
