extension RunChart {
    /// Shift: six or more consecutive points all above, or all below, the median.
    ///
    /// Points on the median are skipped: they neither add to nor break a shift (Perla et al. 2011, rule 1).
    /// Each maximal run of ≥ 6 useful points is one signal; its indices are the points in the run
    /// (skipped points on the median excluded).
    ///
    ///     RunChart.shift([3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5])
    ///     // median 4: two signals, indices 0…5 (below) and 6…11 (above)
    ///
    /// - Returns: `.notEnoughPoints(needed: 6, have:)` with the number of points off the median when fewer than 6.
    /// - Complexity: O(n log n), for the median.
    public static func shift(_ y: [Double]) -> RuleOutcome {
        let needed = 6
        let runs = runsAboutMedian(y)
        let have = runs.reduce(0) { $0 + $1.count }
        guard have >= needed else { return .notEnoughPoints(needed: needed, have: have) }
        let signals = runs.filter { $0.count >= needed }.map { run in
            Signal(
                rule: .shift, indices: run.map(\.index),
                description: "Shift: \(run.count) points in a row \(run[0].above ? "above" : "below") the median")
        }
        return signals.isEmpty ? .noSignal : .signals(signals)
    }
}
