extension RunChart {
    /// Trend: five or more consecutive points all going up, or all going down.
    ///
    /// A point equal to its predecessor is skipped: like values neither make nor break a trend
    /// (Perla et al. 2011, rule 2). Each maximal trend is reported once; its indices are the points that
    /// count (skipped repeats excluded). An up-trend and a down-trend may share their turning point.
    ///
    ///     RunChart.trend([1, 2, 2, 3, 4, 5, 4])
    ///     // one signal, indices [0, 1, 3, 4, 5]: 1 < 2 (= 2 skipped) < 3 < 4 < 5
    ///
    /// - Returns: `.notEnoughPoints(needed: 5, have:)` with the number of points that count when fewer than 5.
    /// - Complexity: O(n).
    public static func trend(_ y: [Double]) -> RuleOutcome {
        let needed = 5
        var kept: [Int] = []
        for i in y.indices where !y[i].isNaN {
            if let last = kept.last, y[last] == y[i] { continue }
            kept.append(i)
        }
        guard kept.count >= needed else { return .notEnoughPoints(needed: needed, have: kept.count) }
        var signals: [Signal] = []
        var start = 0
        while start < kept.count - 1 {
            let up = y[kept[start + 1]] > y[kept[start]]
            var end = start + 1
            while end + 1 < kept.count, (y[kept[end + 1]] > y[kept[end]]) == up { end += 1 }
            let length = end - start + 1
            if length >= needed {
                signals.append(
                    Signal(
                        rule: .trend, indices: Array(kept[start...end]),
                        description: "Trend: \(length) points in a row going \(up ? "up" : "down")"))
            }
            start = end
        }
        return signals.isEmpty ? .noSignal : .signals(signals)
    }
}
