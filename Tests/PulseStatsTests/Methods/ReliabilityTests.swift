import Testing

@testable import PulseStats

/// Cronbach's α against pingouin and item–rest correlations against numpy (reliability.json).
@Suite("Methods: reliability")
struct MethodsReliabilityTests {
    struct Case: Decodable {
        var n: Int
        var sums: [Double]
        var crossProducts: [[Double]]
        var alpha: Double
        var itemRest: [Double]
    }

    /// One-pass covariances from sums (here) against centred two-pass ones (pandas): 1e-9 relative holds.
    @Test func matchesPingouin() throws {
        for c in try MethodsFixture.cases("reliability", as: [Case].self) {
            let r = try #require(Reliability.cronbach(n: c.n, sums: c.sums, crossProducts: c.crossProducts))
            #expect(agrees(r.alpha, c.alpha), "n=\(c.n)")
            #expect(r.itemRest.count == c.itemRest.count)
            for (a, e) in zip(r.itemRest, c.itemRest) { #expect(agrees(a, e)) }
        }
    }

    @Test func undefinedCasesAreNil() {
        // Two respondents answering item 2 identically: item 2 has variance 0.
        #expect(Reliability.cronbach(n: 2, sums: [3, 8], crossProducts: [[5, 12], [12, 32]]) == nil)
        #expect(Reliability.cronbach(n: 1, sums: [3, 4], crossProducts: [[9, 12], [12, 16]]) == nil)
        #expect(Reliability.cronbach(n: 5, sums: [3], crossProducts: [[9]]) == nil)
    }
}
