import Testing

@testable import PulseStats

/// XmR and p-charts, hand-computed.
@Suite("Methods: control charts")
struct MethodsControlChartTests {
    private func indices(_ outcome: RuleOutcome) -> [[Int]] {
        if case .signals(let s) = outcome { return s.map(\.indices) }
        return []
    }

    /// Mean 2.6; moving ranges 2, 1, 2, 1, average 1.5; limits 2.6 ± 3.99; moving-range limit 4.902.
    @Test func xmrLimits() throws {
        let chart = try #require(XmRChart.fit([1, 3, 2, 4, 3]))
        #expect(agrees(chart.centre, 2.6, relative: 1e-15))
        #expect(agrees(chart.averageMovingRange, 1.5, relative: 1e-15))
        #expect(agrees(chart.lowerLimit, -1.39, relative: 1e-14))
        #expect(agrees(chart.upperLimit, 6.59, relative: 1e-14))
        #expect(agrees(chart.movingRangeLimit, 4.902, relative: 1e-14))
        #expect(chart.beyondLimits([1, 3, 2, 4, 3]) == .noSignal)
        // 7 is above 6.59; the jump 3 → 9 (6) is above 4.902.
        #expect(indices(chart.beyondLimits([1, 3, 2, 4, 3, 7])) == [[5]])
        #expect(indices(chart.movingRangeBeyondLimit([1, 3, 2, 4, 3, 9])) == [[5]])
        if case .signals(let s) = chart.beyondLimits([1, 3, 2, -2, 3]) {
            #expect(s.map(\.description) == ["Beyond limits: point below the lower natural process limit"])
        } else {
            Issue.record("expected a signal")
        }
    }

    @Test func xmrEdges() throws {
        let flat = try #require(XmRChart.fit([0.1, 0.1, 0.1]))
        #expect(flat.centre == 0.1 && flat.upperLimit == 0.1)
        #expect(flat.beyondLimits([0.1, 0.1, 0.1]) == .noSignal)
        #expect(XmRChart.fit([1, 2]) == nil)
        #expect(XmRChart.fit([1, .nan, 2]) == nil)
        #expect(flat.beyondLimits([1, 2]) == .notEnoughPoints(needed: 3, have: 2))
        #expect(flat.movingRangeBeyondLimit([1]) == .notEnoughPoints(needed: 3, have: 1))
    }

    /// p̄ = 52/300; σ at n = 100 is √(p̄(1 − p̄)/100) = 0.03785, limits 0.0598…0.2869; 30 % is above.
    @Test func pChartLimits() throws {
        let chart = try #require(PChart.fit(successes: [10, 12, 30], n: [100, 100, 100]))
        let pBar = 52.0 / 300
        let half = 3 * (pBar * (1 - pBar) / 100).squareRoot()
        #expect(agrees(chart.centre, pBar, relative: 1e-15))
        #expect(chart.limits.count == 3)
        #expect(agrees(chart.limits[0].lower, pBar - half, relative: 1e-14))
        #expect(agrees(chart.limits[0].upper, pBar + half, relative: 1e-14))
        #expect(indices(chart.beyondLimits(successes: [10, 12, 30], n: [100, 100, 100])) == [[2]])
    }

    /// p̄ = 1/30 with n = 10: p̄ − 3σ is negative and is clipped to 0.
    @Test func pChartClipsAndRejects() throws {
        let chart = try #require(PChart.fit(successes: [0, 1, 0], n: [10, 10, 10]))
        #expect(chart.limits.allSatisfy { $0.lower == 0 })
        #expect(chart.beyondLimits(successes: [0, 1, 0], n: [10, 10, 10]) == .noSignal)
        #expect(PChart.fit(successes: [1, 2], n: [10, 10]) == nil)
        #expect(PChart.fit(successes: [1, 2, 3], n: [10, 0, 10]) == nil)
        #expect(PChart.fit(successes: [1, 12, 3], n: [10, 10, 10]) == nil)
        #expect(chart.beyondLimits(successes: [1, 2], n: [10, 10, 10]) == .notEnoughPoints(needed: 3, have: 0))
    }
}
