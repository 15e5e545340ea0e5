/// The figure a goal is set on.
public enum GoalMetric: String, CaseIterable, Hashable, Sendable {
    case mean
    case favorablePct = "favorable_pct"
}

/// A SMART goal of a school or cluster for one dimension (`goals.csv`),
/// e.g. favorable_pct ≥ 75 for `trust` by 2026-12.
public struct Goal: Hashable, Sendable {
    /// A school_id or cluster_id.
    public var scopeID: String
    /// A dimension name or item id.
    public var measure: String
    public var metric: GoalMetric
    public var target: Double
    public var due: Month

    public init(scopeID: String, measure: String, metric: GoalMetric, target: Double, due: Month) {
        self.scopeID = scopeID
        self.measure = measure
        self.metric = metric
        self.target = target
        self.due = due
    }
}
