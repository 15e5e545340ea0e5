import Markup
import PulseModel

/// Milestones on the program's time line: due (diamond) against completed (dot), late and at-risk written
/// beside them, stages as bands, "today" as a dashed line.
struct MilestoneTimelineFigure {
    var title: String
    var summary: MilestoneSummary
    /// The milestones drawn (all of a school; those needing attention for a cluster).
    var entries: [MilestoneSummary.Entry]
    /// Whether row labels name the school (a cluster's timeline).
    var namesSchools: Bool
    var axis: ProgramAxis
    var asOf: Day
    var width: Double = 1200

    func render() -> Node {
        let rows = entries.map { entry in
            MilestoneTimeline.Row(
                label: (namesSchools ? "\(entry.schoolName): " : "") + "S\(entry.stage) \(entry.activity)",
                due: axis.position(of: entry.due), completed: entry.completed.map { axis.position(of: $0) },
                status: Self.status(entry.status), note: Self.note(entry))
        }
        let chart = MilestoneTimeline(
            title: title, description: summary.takeaway.text, width: width, months: axis.months,
            monthLabels: axis.labels, bands: axis.bands, today: axis.position(of: asOf), rows: rows)
        let table = DataTable(
            caption: title,
            columns: [
                .text("Milestone"), .text("School"), .text("Stage"), .text("Due"), .text("Completed"), .text("Status"),
            ],
            rows: entries.map { entry in
                [
                    .text(entry.activity), .node(.td(entry.schoolName)), .text(String(entry.stage)),
                    .text(entry.due.description), .text(entry.completed?.description ?? "–"),
                    .node(.td([StatusBadge.milestone(entry.status), .text(Self.days(entry))])),
                ]
            })
        return ChartFigure(
            title: title, takeaway: summary.takeaway, chart: chart.render(), table: table,
            notes: ["Diamond: due date; dot: completed; dashed line: today (\(asOf))."]
        ).render()
    }

    static func status(_ status: MilestoneStatus) -> MilestoneTimeline.Status {
        switch status {
        case .done: .done
        case .late: .late
        case .atRisk: .atRisk
        case .onTrack: .onTrack
        case .notStarted: .notStarted
        }
    }

    /// "late 41 days", "done 3 days late", "at risk", "on track".
    static func note(_ entry: MilestoneSummary.Entry) -> String {
        switch entry.status {
        case .late: "late \(Counting.plural(entry.daysLate, "day"))"
        case .done: entry.daysLate > 0 ? "done \(Counting.plural(entry.daysLate, "day")) late" : "done"
        case .atRisk: "at risk"
        case .onTrack: "on track"
        case .notStarted: "not started"
        }
    }

    private static func days(_ entry: MilestoneSummary.Entry) -> String {
        entry.daysLate > 0 ? " \(Counting.plural(entry.daysLate, "day")) late" : ""
    }
}
