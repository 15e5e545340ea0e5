import Markup

/// Milestone completion by stage for each group (e.g. each cluster on the program page) as a heatmap:
/// the share done, with counts and late milestones written in each cell.
struct MilestoneStagesFigure {
    var title: String
    var groups: [(name: String, summary: MilestoneSummary)]
    var width: Double = 760

    func render() -> Node {
        let stages = groups.first?.summary.stages ?? []
        let cells = groups.map { group in
            group.summary.stages.map { stage -> Heatmap.Cell in
                guard let share = stage.completion else { return .empty }
                return .value(
                    share, text: "\(stage.done)/\(stage.total)" + (stage.late > 0 ? " · \(stage.late) late" : ""))
            }
        }
        let late = groups.map { ($0.name, $0.summary.late.count) }.filter { $0.1 > 0 }
        let sentence =
            late.isEmpty
            ? "No milestone is late."
            : "Late milestones: "
                + late.sorted { ($1.1, $0.0) < ($0.1, $1.0) }.map { "\($0.0) \($0.1)" }
                .joined(separator: ", ") + "."
        let chart = Heatmap(
            title: title, description: sentence, width: width, rowHeight: 26, rowLabels: groups.map(\.name),
            columnLabels: stages.map { "Stage \($0.stage)" }, cells: cells, coloring: .sequential(domain: 0...1),
            legendEnds: .init(low: "0% done", high: "100% done"))
        let table = DataTable(
            caption: title,
            columns: [
                .text("Group"), .text("Stage"), .number("Done"), .number("Late"), .number("At risk"),
                .number("On track"), .number("Not started"),
            ],
            rows: groups.flatMap { group in
                group.summary.stages.map { stage in
                    [
                        group.name, "\(stage.stage) \(stage.name)", String(stage.done), String(stage.late),
                        String(stage.atRisk), String(stage.onTrack), String(stage.notStarted),
                    ].map(DataTable.Cell.text)
                }
            })
        return ChartFigure(title: title, takeaway: Takeaway(sentence), chart: chart.render(), table: table).render()
    }
}
