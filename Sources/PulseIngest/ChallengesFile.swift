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
        while let row = table.nextRow(log: &log) {
            var ok = true
            let raised = Values.day(row.text("raised"))
            if raised == nil {
                row.error(
                    "raised", "raised \"\(row.text("raised"))\" is not a date (YYYY-MM-DD); row left out", log: &log)
                ok = false
            }
            let school = row.text("school_id")
            if !schools.contains(school) {
                row.error("school_id", "unknown school_id \"\(school)\" (not in schools.csv); row left out", log: &log)
                ok = false
            }
            let kind = Values.choice(row.text("kind"), as: ChallengeKind.self)
            if kind == nil {
                row.error(
                    "kind",
                    "kind \"\(row.text("kind"))\" is not one of \(Values.list(ChallengeKind.self)); row left out",
                    log: &log)
                ok = false
            }
            let level = Values.choice(row.text("level"), as: EscalationLevel.self)
            if level == nil {
                row.error(
                    "level",
                    "level \"\(row.text("level"))\" is not one of \(Values.list(EscalationLevel.self)); row left out",
                    log: &log)
                ok = false
            }
            let status = Values.choice(row.text("status"), as: ChallengeStatus.self)
            if status == nil {
                row.error(
                    "status",
                    "status \"\(row.text("status"))\" is not one of \(Values.list(ChallengeStatus.self)); row left out",
                    log: &log)
                ok = false
            }
            var resolved: Day?
            let resolvedText = row.text("resolved")
            if !resolvedText.isEmpty {
                resolved = Values.day(resolvedText)
                if resolved == nil {
                    row.error(
                        "resolved", "resolved \"\(resolvedText)\" is not a date (YYYY-MM-DD); row left out", log: &log)
                    ok = false
                } else if let raised, resolved! < raised {
                    row.error("resolved", "resolved \(resolved!) is before raised \(raised); row left out", log: &log)
                    ok = false
                }
            }
            if ok, status == .resolved, resolved == nil {
                row.warning("resolved", "status is resolved but no resolution date is given", log: &log)
            }
            if ok, let raised, let kind, let level, let status {
                challenges.append(
                    Challenge(
                        raised: raised, schoolID: school, kind: kind, category: row.text("category"),
                        summary: row.text("summary"), level: level, status: status, resolved: resolved))
            }
            table.settle(accepted: ok)
        }
        return (challenges, table.tally)
    }
}
