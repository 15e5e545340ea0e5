import Testing

@testable import PulseStats

/// Run-chart rules (Perla, Provost & Murray 2011), hand-checked from the paper's definitions.
@Suite("Methods: run chart")
struct MethodsRunChartTests {
    struct TableRow: Decodable {
        var useful: Int
        var lower: Int
        var upper: Int
    }

    private func signals(_ outcome: RuleOutcome) -> [Signal] {
        if case .signals(let s) = outcome { return s }
        return []
    }

    // MARK: shift

    /// Median (3 + 5)/2 = 4: the first six points are below it and the last six above: two shifts.
    @Test func shiftOnBothSides() {
        let s = signals(RunChart.shift([3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5]))
        #expect(s.map(\.indices) == [Array(0...5), Array(6...11)])
        #expect(
            s.map(\.description) == [
                "Shift: 6 points in a row below the median", "Shift: 6 points in a row above the median",
            ])
    }

    /// Sorted: 1 1 1 1 2 2 3 4 4 4 4 4 4, median 3. Point 3 (value 3) is on the median: it neither breaks
    /// the run above (0, 1, 2, 4, 5, 6: six points, a shift) nor adds to it (not seven).
    @Test func pointOnMedianNeitherBreaksNorAdds() {
        let s = signals(RunChart.shift([4, 4, 4, 3, 4, 4, 4, 1, 1, 1, 1, 2, 2]))
        #expect(s.map(\.indices) == [[0, 1, 2, 4, 5, 6], Array(7...12)])
        #expect(s[0].description == "Shift: 6 points in a row above the median")
    }

    /// Runs of five on each side (median 3) are not shifts.
    @Test func fiveInARowIsNoShift() {
        #expect(RunChart.shift([5, 5, 5, 5, 5, 1, 1, 1, 1, 1]) == .noSignal)
    }

    /// Median 3: only four points are off the median; a shift needs six.
    @Test func shiftNeedsSixUsefulPoints() {
        #expect(RunChart.shift([1, 2, 3, 4, 5]) == .notEnoughPoints(needed: 6, have: 4))
        #expect(RunChart.shift([3, 3, 3, 3, 3, 3, 3]) == .notEnoughPoints(needed: 6, have: 0))
    }

    // MARK: trend

    /// 1 < 2 (= 2, skipped) < 3 < 4 < 5: five points going up; the last step down is too short.
    @Test func repeatedValueIsSkippedInATrend() {
        let s = signals(RunChart.trend([1, 2, 2, 3, 4, 5, 4]))
        #expect(s.map(\.indices) == [[0, 1, 3, 4, 5]])
        #expect(s.first?.description == "Trend: 5 points in a row going up")
    }

    /// Five down then five up, sharing the turning point 4.
    @Test func trendsDownThenUp() {
        let s = signals(RunChart.trend([5, 4, 3, 2, 1, 2, 3, 4, 5]))
        #expect(s.map(\.indices) == [Array(0...4), Array(4...8)])
        #expect(s.map(\.description) == ["Trend: 5 points in a row going down", "Trend: 5 points in a row going up"])
    }

    /// A seven-point climb is one maximal trend, reported once.
    @Test func maximalTrendReportedOnce() {
        let s = signals(RunChart.trend([1, 2, 3, 4, 5, 6, 7]))
        #expect(s.map(\.indices) == [Array(0...6)])
        #expect(s.first?.description == "Trend: 7 points in a row going up")
    }

    /// Runs of four rising points, separated by a fall: no trend.
    @Test func fourRisingIsNoTrend() {
        #expect(RunChart.trend([1, 2, 3, 4, 1, 2, 3, 4]) == .noSignal)
    }

    /// 1 1 1 1 2 has only two distinct successive values: not enough for a trend.
    @Test func trendNeedsFiveCountingPoints() {
        #expect(RunChart.trend([1, 1, 1, 1, 2]) == .notEnoughPoints(needed: 5, have: 2))
    }

    // MARK: runs

    /// Median 5 is itself a point, so eight useful observations: the table starts at ten.
    @Test func runsNeedsTenUsefulPoints() {
        #expect(RunChart.runs([1, 2, 3, 4, 5, 6, 7, 8, 9]) == .notEnoughPoints(needed: 10, have: 8))
    }

    /// Ten useful points in two runs; the table allows 3 to 9 for ten: too few.
    @Test func tooFewRuns() {
        let s = signals(RunChart.runs([1, 1, 1, 1, 1, 9, 9, 9, 9, 9]))
        #expect(s.map(\.indices) == [Array(0...9)])
        #expect(
            s.first?.description
                == "Runs: too few runs about the median (2 in 10 points off the median; 3 to 9 expected by chance)")
    }

    /// Point 5 sits on the median (5) and is skipped: ten useful points, two runs, too few.
    @Test func runsSkipPointsOnTheMedian() {
        let s = signals(RunChart.runs([1, 1, 1, 1, 1, 5, 9, 9, 9, 9, 9]))
        #expect(s.map(\.indices) == [[0, 1, 2, 3, 4, 6, 7, 8, 9, 10]])
    }

    /// Ten alternating points make ten runs, more than the 9 allowed.
    @Test func tooManyRuns() {
        let s = signals(RunChart.runs([1, 9, 1, 9, 1, 9, 1, 9, 1, 9]))
        #expect(
            s.first?.description
                == "Runs: too many runs about the median (10 in 10 points off the median; 3 to 9 expected by chance)")
    }

    /// Median (2 + 8)/2 = 5; sides B B A A B B A A B A make six runs, within 3…9.
    @Test func runsWithinLimits() {
        #expect(RunChart.runs([1, 2, 9, 8, 1, 2, 9, 8, 1, 9]) == .noSignal)
    }

    /// Beyond 60, the normal approximation: 35 above and 35 below give 36 ± 1.96·4.153, so 28…44;
    /// 70 alternating points make 70 runs.
    @Test func runsBeyondTheTable() {
        let alternating = (0..<70).map { $0 % 2 == 0 ? 1.0 : 9.0 }
        #expect(RunChart.runsLimits(useful: 70, above: 35).map { [$0.lower, $0.upper] } == [28, 44])
        #expect(signals(RunChart.runs(alternating)).count == 1)
    }

    /// The embedded table equals the exact Swed–Eisenhart computation of the reference script.
    @Test func embeddedTableMatchesExactComputation() throws {
        let rows = try MethodsFixture.cases("runs_table", as: [TableRow].self)
        #expect(rows.count == RunChart.runsTable.count)
        for row in rows {
            let limits = try #require(RunChart.runsLimits(useful: row.useful, above: row.useful / 2))
            #expect([limits.lower, limits.upper] == [row.lower, row.upper], "N=\(row.useful)")
        }
    }

    // MARK: astronomical

    /// Without point 8 the series has mean 3.011 and average moving range 0.125, so limits 2.679…3.344:
    /// 4.5 is far above. Every other point, judged against limits that include 4.5's jumps, is inside.
    @Test func astronomicalPoint() {
        let s = signals(RunChart.astronomical([3.0, 3.1, 2.9, 3.0, 3.1, 2.9, 3.0, 3.1, 4.5, 3.0]))
        #expect(s.map(\.indices) == [[8]])
        #expect(s.first?.description == "Astronomical point: far above the limits set by the other points")
    }

    /// Leaving out the 3.2 at index 2 gives limits 2.860…3.315; every point is inside its own limits.
    @Test func noAstronomicalPoint() {
        #expect(RunChart.astronomical([3, 3.1, 3.2, 3.1, 3, 3.1, 3.2, 3.1, 3]) == .noSignal)
    }

    @Test func astronomicalNeedsNinePoints() {
        #expect(RunChart.astronomical([1, 2, 3, 4, 5, 6, 7, 8]) == .notEnoughPoints(needed: 9, have: 8))
    }

    @Test func medianOfSeries() {
        #expect(RunChart.median([3, 1, .nan, 2]) == 2)
        #expect(RunChart.median([]) == 0)
    }
}
