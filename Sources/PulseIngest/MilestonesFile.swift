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
        // Each column's index, looked up once for the file rather than by name in every row.
        let columns = table.columns
        let (schoolColumn, stageColumn, activityColumn, dueColumn) = (
            columns["school_id"], columns["stage"], columns["activity"], columns["due"]
        )
        let (completedColumn, statusColumn, notesColumn) = (columns["completed"], columns["status"], columns["notes"])
        while let row = table.nextRow(log: &log) {
            var ok = true
            let school = row.text(at: schoolColumn)
            if !schools.contains(school) {
                row.error(
                    at: schoolColumn, "unknown school_id \"\(school)\" (not in schools.csv); row left out", log: &log)
                ok = false
            }
            let stageText = row.text(at: stageColumn)
            let stage = Values.int(stageText)
            if stage == nil || !stageNumbers.contains(stage!) {
                row.error(
                    at: stageColumn, "stage \"\(stageText)\" is not a stage of program.json; row left out", log: &log)
                ok = false
            }
            let activity = row.text(at: activityColumn)
            if activity.isEmpty {
                row.error(at: activityColumn, "blank activity; row left out", log: &log)
                ok = false
            }
            let dueText = row.text(at: dueColumn)
            let due = Values.day(dueText, monthMeansLastDay: true)
            if due == nil {
                row.error(at: dueColumn, "due \"\(dueText)\" is not a date (YYYY-MM-DD); row left out", log: &log)
                ok = false
            }
            var completed: Day?
            let completedText = row.text(at: completedColumn)
            if !completedText.isEmpty {
                completed = Values.day(completedText)
                if completed == nil {
                    row.error(
                        at: completedColumn, "completed \"\(completedText)\" is not a date (YYYY-MM-DD); row left out",
                        log: &log)
                    ok = false
                }
            }
            let statusText = row.text(at: statusColumn)
            let status = Values.choice(statusText, as: MilestoneStatus.self)
            if status == nil {
                row.error(
                    at: statusColumn,
                    "status \"\(statusText)\" is not one of \(Values.list(MilestoneStatus.self)); row left out",
                    log: &log)
                ok = false
            }
            if status == .done && completed == nil && ok {
                row.warning(at: completedColumn, "status is done but no completion date is given", log: &log)
            }
            if let completed, status != nil, status != .done {
                row.warning(
                    at: statusColumn,
                    "a completion date (\(completed)) is given but status is \(status!.rawValue); counted as done",
                    log: &log)
            }
            if ok, let stage, let due, let status {
                milestones.append(
                    Milestone(
                        schoolID: school, stage: stage, activity: activity, due: due,
                        completed: completed, status: status, notes: row.text(at: notesColumn)))
            }
            table.settle(accepted: ok)
        }
        return (milestones, table.tally)
    }
}
