extension RunChart {
    /// Astronomical point: a point far outside what the rest of the series makes plausible.
    ///
    /// Perla et al. (2011, rule 4) leave this to judgement ("a blatantly obvious different value"). Here it
    /// is made explicit and repeatable: point i is astronomical when it lies outside the XmR natural process
    /// limits (mean ± 2.66 × average moving range, `XmRChart`) computed from the other points, in time order
    /// with point i removed. Leaving the point out keeps it from widening the limits it is judged against.
    /// Each such point is one signal.
    ///
    /// - Returns: `.notEnoughPoints(needed: 9, have:)` with the number of non-NaN points when fewer than 9,
    ///   so that each leave-one-out chart rests on at least 8 points, the usual minimum for useful limits.
    /// - Complexity: O(n²).
    public static func astronomical(_ y: [Double]) -> RuleOutcome {
        let needed = 9
        let points = y.indices.filter { !y[$0].isNaN }
        guard points.count >= needed else { return .notEnoughPoints(needed: needed, have: points.count) }
        var signals: [Signal] = []
        for i in points {
            let others = points.filter { $0 != i }.map { y[$0] }
            guard let chart = XmRChart.fit(others) else { continue }
            let side: String
            if y[i] > chart.upperLimit {
                side = "above"
            } else if y[i] < chart.lowerLimit {
                side = "below"
            } else {
                continue
            }
            signals.append(
                Signal(
                    rule: .astronomical, indices: [i],
                    description: "Astronomical point: far \(side) the limits set by the other points"))
        }
        return signals.isEmpty ? .noSignal : .signals(signals)
    }
}
