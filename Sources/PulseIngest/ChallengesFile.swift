import Foundation
import PulseModel

/// Reads `challenges.csv`: `raised,school_id,kind,category,summary,level,status,resolved`.
enum ChallengesFile {
    static let name = "challenges.csv"

    static func read(_ url: URL, schools: Set<String>, log: inout DiagnosticLog) -> ([Challenge], FileTally?) {
        guard
            var table = Table(
                url: url, file: name, required: ["raised", "school_id", "kind", "summary", "level", "status"],
                optional: ["category", "resolved"], log: &log)
        else { return ([], nil) }
        var challenges: [Challenge] = []
        // Each column's index, looked up once for the file rather than by name in every row.
        let columns = table.columns
        let (raisedColumn, schoolColumn, kindColumn, categoryColumn) = (
            columns["raised"], columns["school_id"], columns["kind"], columns["category"]
        )
        let (summaryColumn, levelColumn, statusColumn, resolvedColumn) = (
            columns["summary"], columns["level"], columns["status"], columns["resolved"]
        )
        while let row = table.nextRow(log: &log) {
            var ok = true
            let raisedText = row.text(at: raisedColumn)
            let raised = Values.day(raisedText)
            if raised == nil {
                row.error(
                    at: raisedColumn,
                    "raised \"\(raisedText)\" is not a date (YYYY-MM-DD); row left out", log: &log)
                ok = false
            }
            let school = row.text(at: schoolColumn)
            if !schools.contains(school) {
                row.error(
                    at: schoolColumn, "unknown school_id \"\(school)\" (not in schools.csv); row left out", log: &log)
                ok = false
            }
            let kindText = row.text(at: kindColumn)
            let kind = Values.choice(kindText, as: ChallengeKind.self)
            if kind == nil {
                row.error(
                    at: kindColumn,
                    "kind \"\(kindText)\" is not one of \(Values.list(ChallengeKind.self)); row left out",
                    log: &log)
                ok = false
            }
            let levelText = row.text(at: levelColumn)
            let level = Values.choice(levelText, as: EscalationLevel.self)
            if level == nil {
                row.error(
                    at: levelColumn,
                    "level \"\(levelText)\" is not one of \(Values.list(EscalationLevel.self)); row left out",
                    log: &log)
                ok = false
            }
            let statusText = row.text(at: statusColumn)
            let status = Values.choice(statusText, as: ChallengeStatus.self)
            if status == nil {
                row.error(
                    at: statusColumn,
                    "status \"\(statusText)\" is not one of \(Values.list(ChallengeStatus.self)); row left out",
                    log: &log)
                ok = false
            }
            var resolved: Day?
            let resolvedText = row.text(at: resolvedColumn)
            if !resolvedText.isEmpty {
                resolved = Values.day(resolvedText)
                if resolved == nil {
                    row.error(
                        at: resolvedColumn, "resolved \"\(resolvedText)\" is not a date (YYYY-MM-DD); row left out",
                        log: &log)
                    ok = false
                } else if let raised, resolved! < raised {
                    row.error(
                        at: resolvedColumn, "resolved \(resolved!) is before raised \(raised); row left out", log: &log)
                    ok = false
                }
            }
            if ok, status == .resolved, resolved == nil {
                row.warning(at: resolvedColumn, "status is resolved but no resolution date is given", log: &log)
            }
            if ok, let raised, let kind, let level, let status {
                challenges.append(
                    Challenge(
                        raised: raised, schoolID: school, kind: kind, category: row.text(at: categoryColumn),
                        summary: row.text(at: summaryColumn), level: level, status: status, resolved: resolved))
            }
            table.settle(accepted: ok)
        }
        return (challenges, table.tally)
    }
}
