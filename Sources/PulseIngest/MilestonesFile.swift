import Foundation
import PulseModel

/// Reads `milestones.csv`: `school_id,stage,activity,due,completed,status,notes`.
/// `due` and `completed` are dates (`YYYY-MM-DD`); a due month `YYYY-MM` means its last day.
enum MilestonesFile {
    static let name = "milestones.csv"

    static func read(_ url: URL, schools: Set<String>, stages: [Stage], log: inout DiagnosticLog) -> (
        [Milestone], FileTally?
    ) {
        guard
            var table = Table(
                url: url, file: name, required: ["school_id", "stage", "activity", "due", "status"],
                optional: ["completed", "notes"], log: &log)
        else { return ([], nil) }
        let stageNumbers = Set(stages.map(\.number))
        var milestones: [Milestone] = []
        while let row = table.nextRow(log: &log) {
            var ok = true
            let school = row.text("school_id")
            if !schools.contains(school) {
                row.error("school_id", "unknown school_id \"\(school)\" (not in schools.csv); row left out", log: &log)
                ok = false
            }
            let stage = Values.int(row.text("stage"))
            if stage == nil || !stageNumbers.contains(stage!) {
                row.error(
                    "stage", "stage \"\(row.text("stage"))\" is not a stage of program.json; row left out", log: &log)
                ok = false
            }
            let activity = row.text("activity")
            if activity.isEmpty {
                row.error("activity", "blank activity; row left out", log: &log)
                ok = false
            }
            let due = Values.day(row.text("due"), monthMeansLastDay: true)
            if due == nil {
                row.error("due", "due \"\(row.text("due"))\" is not a date (YYYY-MM-DD); row left out", log: &log)
                ok = false
            }
            var completed: Day?
            let completedText = row.text("completed")
            if !completedText.isEmpty {
                completed = Values.day(completedText)
                if completed == nil {
                    row.error(
                        "completed", "completed \"\(completedText)\" is not a date (YYYY-MM-DD); row left out",
                        log: &log)
                    ok = false
                }
            }
            let status = Values.choice(row.text("status"), as: MilestoneStatus.self)
            if status == nil {
                row.error(
                    "status",
                    "status \"\(row.text("status"))\" is not one of \(Values.list(MilestoneStatus.self)); row left out",
                    log: &log)
                ok = false
            }
            if status == .done && completed == nil && ok {
                row.warning("completed", "status is done but no completion date is given", log: &log)
            }
            if let completed, status != nil, status != .done {
                row.warning(
                    "status",
                    "a completion date (\(completed)) is given but status is \(status!.rawValue); counted as done",
                    log: &log)
            }
            if ok, let stage, let due, let status {
                milestones.append(
                    Milestone(
                        schoolID: school, stage: stage, activity: activity, due: due,
                        completed: completed, status: status, notes: row.text("notes")))
            }
            table.settle(accepted: ok)
        }
        return (milestones, table.tally)
    }
}
