import Markup
import PulseStats

/// The cluster summary page: dimension scores with tested changes, response rate (overall and by school),
/// milestone status by stage, and the three things most worth discussing.
enum BriefClusterSheet {
    static func sheet(_ pack: BriefPack) -> Node {
        let summary = pack.summary
        return BriefSheet.node(
            "cluster", kicker: "Cluster summary · \(pack.month.longName)", title: pack.cluster.name,
            [
                .p(class: "takeaway", responseSentence(summary, month: pack.month.longName)),
                .h3("Three things worth discussing"),
                discussion(pack.discussion),
                .h3("Dimensions"),
                dimensions(summary).render(),
                .p(
                    class: "note",
                    "▲ / ▼ mark changes that passed \(Change.testName) (p < 0.05); every other "
                        + "change is within noise."),
                .h3("Milestones by stage"),
                .p(pack.milestones.takeaway.text),
                stages(pack.milestones).render(),
                .h3("Response rate by school"),
                responseChart(pack),
            ])
    }

    /// "412 responses from 520 staff (79%) in August 2026."
    static func responseSentence(_ summary: GroupSummary, month: String) -> String {
        let rate = summary.responseRate.map { " (\(NumberText.percent($0)))" } ?? ""
        return
            "\(Counting.plural(summary.responses, "response")) from \(Counting.plural(summary.staff, "staff member"))"
            + "\(rate) in \(month)."
    }

    static func discussion(_ points: [DiscussionPoint]) -> Node {
        guard !points.isEmpty else {
            return .p(
                "Nothing stands out: no tested decline, no late milestone, no challenge open "
                    + "\(DiscussionPoint.longOpenDays) days or more.")
        }
        return .element(
            .ol, [Attribute(.class, "discuss")],
            points.map { .element(.li, [], [.strong($0.heading + ": "), .text($0.text)]) })
    }

    /// One row per dimension: mean, favorable %, n and the tested changes.
    static func dimensions(_ summary: GroupSummary) -> DataTable {
        DataTable(
            caption: "Dimension scores, \(summary.month.longName)",
            columns: [
                .text("Dimension"), .number("Mean"), .number("Favorable"), .number("n"),
                .number("Since last month"), .number("Since baseline"),
            ],
            rows: summary.tiles.map { tile in
                let figures: [DataTable.Cell]
                switch tile.score {
                case nil:
                    figures = [.text("no responses"), .text("–"), .text("–")]
                case .suppressed(let why)?:
                    figures = [.node(SuppressedLabel.cell(why)), .text("–"), .text("–")]
                case .shown(let score)?:
                    figures = [
                        .text(NumberText.fixed(score.mean, digits: 2)),
                        .text(NumberText.fixed(score.favorablePercent, digits: 0) + "%"), .text(String(score.n)),
                    ]
                }
                return [.text(tile.dimension)] + figures
                    + [.node(ChangeText.cell(tile.sincePrevious)), .node(ChangeText.cell(tile.sinceBaseline))]
            })
    }

    static func stages(_ milestones: MilestoneSummary) -> DataTable {
        DataTable(
            caption: "Milestones by stage and status",
            columns: [
                .text("Stage"), .number("Done"), .number("Late"), .number("At risk"), .number("On track"),
                .number("Not started"),
            ],
            rows: milestones.stages.map { stage in
                [.text("\(stage.stage) \(stage.name)")]
                    + [stage.done, stage.late, stage.atRisk, stage.onTrack, stage.notStarted].map { .text(String($0)) }
            })
    }

    /// Responses ÷ staff per school (counts, always shown).
    static func responseChart(_ pack: BriefPack) -> Node {
        let bars = pack.schools.compactMap { page -> BarChart.Bar? in
            page.summary.responseRate.map { rate in
                BarChart.Bar(
                    label: page.school.name, value: rate,
                    valueLabel: "\(NumberText.percent(rate)) (\(page.summary.responses) of \(page.summary.staff))")
            }
        }
        guard !bars.isEmpty else { return .p(class: "muted", "No staff counts on record.") }
        return BarChart(
            title: "Response rate by school, \(pack.month.longName)",
            description: bars.map { "\($0.label): \($0.valueLabel)" }.joined(separator: "; "),
            width: 640, rowHeight: 20, bars: bars, domain: 0...1, valueFormat: .percent(digits: 0)
        ).render()
    }
}
