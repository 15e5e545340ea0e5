import Testing

@testable import PulseStats

/// Medians of histograms against numpy.median of the expanded sample (median.json).
@Suite("Methods: median")
struct MethodsMedianTests {
    struct Case: Decodable {
        var counts: [Int]
        var values: [Double]
        var median: Double
    }

    @Test func histogramMedianMatchesNumpy() throws {
        for c in try MethodsFixture.cases("median", as: [Case].self) {
            #expect(Median.ofHistogram(c.counts, values: c.values) == c.median, "\(c.counts)")
        }
    }

    @Test func edges() {
        #expect(Median.ofHistogram([0, 0], values: [1, 2]) == nil)
        #expect(Median.ofHistogram([1], values: [1, 2]) == nil)
        #expect(Median.ofHistogram([-1, 2], values: [1, 2]) == nil)
        #expect(Median.ofHistogram([1, 1], values: [5, 1]) == 3)
        #expect(Median.of([]) == nil)
        #expect(Median.of([4, 1, 3]) == 3)
    }
}
