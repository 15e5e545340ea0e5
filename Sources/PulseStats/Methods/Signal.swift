/// A run-chart or control-chart signal found in a monthly series: which rule fired and at which points.
public struct Signal: Hashable, Sendable {
    /// The published rules this toolkit applies to a series.
    public enum Rule: String, Hashable, Sendable, CaseIterable {
        case shift, trend, runs, astronomical, beyondLimits, movingRangeBeyondLimit, pChartBeyondLimits
    }

    public var rule: Rule
    /// The 0-based positions in the series of the points that make up the signal, ascending.
    public var indices: [Int]
    /// The rule in plain words, e.g. "Shift: 6 points in a row above the median".
    public var description: String

    public init(rule: Rule, indices: [Int], description: String) {
        self.rule = rule
        self.indices = indices
        self.description = description
    }
}

/// What applying one rule to one series found: signals, none, or too few points to tell.
public enum RuleOutcome: Hashable, Sendable {
    case signals([Signal])
    case noSignal
    /// The rule needs `needed` points of the kind it counts and the series has `have`.
    case notEnoughPoints(needed: Int, have: Int)
}
