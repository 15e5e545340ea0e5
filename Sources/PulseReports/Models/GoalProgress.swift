import Markup
import PulseModel
import PulseStats

/// A SMART goal (`goals.csv`) and how far a group has come toward it by the report month.
///
/// Progress is measured on the goal's metric (mean or favorable %): from the group's first shown month
/// (the baseline) to the report month, as a share of the way from baseline to target.
public struct GoalProgress: Hashable, Sendable {
    public var goal: Goal
    /// Whose goal it is (the school's own, or its cluster's when the school has none).
    public var owner: GroupRef
    /// The metric at the report month; nil without responses that month.
    public var current: Figure<Double>?
    /// The metric at the group's first shown month.
    public var baseline: Double?
    public var baselineMonth: Month?

    /// The goal of `group` for `dimension`, or of the group's cluster; nil when neither has one.
    public init?(_ input: ReportInput, group: GroupKey, dimension: String) {
        let dataset = input.dataset
        let cluster = group.level == .school ? dataset.school(id: group.group)?.clusterID : nil
        let owners = [group.level == .program ? nil : group.group, cluster].compactMap { $0 }
        guard
            let (goal, ownerID) = owners.lazy.compactMap({ id in
                dataset.goals.first { $0.scopeID == id && $0.measure == dimension }.map { ($0, id) }
            }).first
        else { return nil }
        self.goal = goal
        owner = GroupRef(GroupKey(level: ownerID == group.group ? group.level : .cluster, group: ownerID), in: dataset)
        let metric: (MeasureFigures) -> Double = goal.metric == .mean ? { $0.mean } : { $0.favorablePercent }
        let series = input.table.series(level: group.level, group: group.group, measure: dimension)
            .filter { $0.period <= input.month }
        current = series.last { $0.period == input.month }.map { $0.figures.map(metric) }
        let first = series.first { !$0.figures.isSuppressed }
        baseline = first?.figures.value.map(metric)
        baselineMonth = first?.period
    }

    /// Whether the current value meets the target.
    public var isMet: Bool { (current?.value).map { $0 >= goal.target } ?? false }

    /// (current − baseline) ÷ (target − baseline): 0 at baseline, 1 at the target; nil when unknown or the
    /// baseline already met the target.
    public var shareOfTheWay: Double? {
        guard let now = current?.value, let start = baseline, goal.target > start else { return nil }
        return (now - start) / (goal.target - start)
    }

    /// The target as written for its metric: "65% favorable" or "mean 4.00".
    public var targetText: String {
        goal.metric == .favorablePct
            ? NumberText.fixed(goal.target, digits: 0) + "% favorable"
            : "mean " + NumberText.fixed(goal.target, digits: 2)
    }

    /// A value of the goal's metric as written: "62%" or "3.85".
    public func valueText(_ value: Double) -> String {
        goal.metric == .favorablePct ? NumberText.fixed(value, digits: 0) + "%" : NumberText.fixed(value, digits: 2)
    }

    /// "Goal (Carver Cluster): 65% favorable by January 2027. Now 58%, from 49% in February 2026: 56% of the way."
    public var takeaway: Takeaway {
        var text = "Goal (\(owner.name)): \(goal.measure) \(targetText) by \(goal.due.longName)."
        switch current {
        case .shown(let now)?:
            text += " Now \(valueText(now))"
            if let start = baseline, let month = baselineMonth, month != goal.due {
                text += ", from \(valueText(start)) in \(month.longName)"
            }
            if isMet {
                text += ": target met."
            } else if let share = shareOfTheWay {
                text += ": " + NumberText.percent(max(0, share)) + " of the way."
            } else {
                text += "."
            }
        case .suppressed(let why)?: text += " Now: \(why.label)."
        case nil: text += " No responses this month."
        }
        return Takeaway(text)
    }
}
