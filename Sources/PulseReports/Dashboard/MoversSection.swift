import Markup
import PulseStats

/// The biggest tested changes (since last month or since baseline): only changes a test called improved or
/// declined.
struct MoversSection {
    var id: StaticString
    var movers: [Mover]
    var comparison: Comparison
    var title: String

    func render() -> Node {
        let takeaway =
            movers.first?.takeaway
            ?? Takeaway("No change \(since) passed the test: every move was within noise.")
        let body: [Node] =
            movers.isEmpty
            ? []
            : [
                DataTable(
                    caption: "Tested changes \(since), largest first",
                    columns: [
                        .text("Group"), .text("Dimension"), .number("Change in mean"), .number("Favorable"),
                        .number("Adjusted p"),
                    ],
                    rows: movers.map { mover in
                        [
                            .text(mover.group.name), .node(.td(mover.dimension)),
                            .node(ChangeText.cell(.shown(mover.change))),
                            .node(
                                .td(
                                    class: "num",
                                    NumberText.signed(mover.change.favorableDifference, digits: 0) + " pts")),
                            .node(
                                .td(
                                    class: "num muted",
                                    mover.change.adjustedPValue.map {
                                        $0 < 0.001 ? "< 0.001" : NumberText.fixed($0, digits: 3)
                                    } ?? "–")),
                        ]
                    }
                ).render()
            ]
        return PageSection(
            id: id, title: title, takeaway: takeaway, body + (movers.isEmpty ? [] : [DashboardSections.testNote])
        ).render()
    }

    private var since: String { comparison == .previous ? "since last month" : "since the baseline" }
}
