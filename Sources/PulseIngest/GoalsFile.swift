import Foundation
import PulseModel

/// Reads the optional `goals.csv`: `scope_id,measure,metric,target,due` — a school's or cluster's SMART
/// goal for a dimension or item, e.g. `G01,trust,favorable_pct,75,2026-12`.
enum GoalsFile {
    static let name = "goals.csv"

    static func read(_ url: URL, scopes: Set<String>, instrument: Instrument, log: inout DiagnosticLog) -> (
        [Goal], FileTally?
    ) {
        guard
            var table = Table(
                url: url, file: name, required: ["scope_id", "measure", "metric", "target", "due"],
                optional: [], log: &log)
        else { return ([], nil) }
        let measures = Set(instrument.dimensions.map(\.name) + instrument.items.map(\.id))
        var goals: [Goal] = []
        while let row = table.nextRow(log: &log) {
            var ok = true
            let scope = row.text("scope_id")
            if !scopes.contains(scope) {
                row.error(
                    "scope_id", "scope_id \"\(scope)\" is neither a school_id nor a cluster_id; row left out", log: &log
                )
                ok = false
            }
            let measure = row.text("measure")
            if !measures.contains(measure) {
                row.error(
                    "measure",
                    "measure \"\(measure)\" is neither a dimension nor an item_id of instrument.csv; row left out",
                    log: &log)
                ok = false
            }
            let metric = Values.choice(row.text("metric"), as: GoalMetric.self)
            if metric == nil {
                row.error(
                    "metric",
                    "metric \"\(row.text("metric"))\" is not one of \(Values.list(GoalMetric.self)); row left out",
                    log: &log)
                ok = false
            }
            let target = Double(row.text("target"))
            if target == nil || !target!.isFinite {
                row.error("target", "target \"\(row.text("target"))\" is not a number; row left out", log: &log)
                ok = false
            }
            let dueText = row.text("due")
            let due = Month(dueText)
            if due == nil || (dueText.utf8.count != 7 && Day(dueText) == nil) {
                row.error("due", "due \"\(dueText)\" is not a month (YYYY-MM); row left out", log: &log)
                ok = false
            }
            if ok, let metric, let target, let due {
                goals.append(Goal(scopeID: scope, measure: measure, metric: metric, target: target, due: due))
            }
            table.settle(accepted: ok)
        }
        return (goals, table.tally)
    }
}
