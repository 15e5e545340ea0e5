import Markup
import PulseModel
import PulseStats

/// The sections a cluster page and a school page share: the tiles, and the trend per dimension with the
/// goal charts.
enum DashboardSections {
    /// A tile per dimension, under a sentence on how many changes since last month passed the test.
    static func tiles(_ summary: GroupSummary, scale: ClosedRange<Double>) -> Node {
        let tested = summary.tiles.compactMap { $0.sincePrevious?.value }.filter(\.isTested)
        let takeaway: Takeaway
        if let first = summary.tiles.first(where: { $0.sincePrevious?.value?.isTested ?? false }) {
            takeaway = Takeaway(
                "\(Counting.plural(tested.count, "dimension")) changed beyond noise since last month. "
                    + first.takeaway.text)
        } else if summary.tiles.contains(where: { $0.score?.value != nil }) {
            takeaway = Takeaway("No dimension changed beyond noise since last month.")
        } else {
            takeaway = summary.tiles.first?.takeaway ?? Takeaway("No dimensions.")
        }
        return PageSection(
            id: "dimensions", title: "Where each dimension stands, \(summary.month.longName)", takeaway: takeaway,
            [
                .div(class: "tiles", summary.tiles.map { TileView($0, scale: scale).render() }),
                testNote,
            ]
        ).render()
    }

    /// Three sentences a chair can read in a minute: what moved (tested), what is late, what is escalated.
    static func glance(
        movers: [Mover], baselineMovers: [Mover], milestones: MilestoneSummary,
        challenges: ChallengeSummary
    ) -> Node {
        let moved =
            movers.first.map { "Since last month: \($0.takeaway.text)" }
            ?? baselineMovers.first.map { "No tested change since last month; since the baseline: \($0.takeaway.text)" }
            ?? "No tested change since last month or since the baseline: every move was within noise."
        return PageSection(
            id: "glance", title: "In a minute",
            [.list(class: "glance", [moved, milestones.takeaway.text, challenges.takeaway.text].map { [.text($0)] })]
        ).render()
    }

    /// The test behind every verdict, named once per section.
    static var testNote: Node {
        .p(
            class: "note",
            "Changes are tested with \(Change.testName) over every change of the month; ▲ ▼ and \"improved\" or "
                + "\"declined\" only where the adjusted p < 0.05, otherwise \"within noise\".")
    }

    /// A trend chart per dimension (`trends`, one per dimension in instrument order, each drawn with the
    /// same dimension of every list of `comparisons`) and a goal chart for each favorable-% goal.
    static func trends(
        _ trends: [DimensionTrend], comparisons: [[DimensionTrend]], axis: ProgramAxis, scale: ClosedRange<Double>
    ) -> Node {
        let figures = trends.indices.flatMap { dimension -> [Node] in
            let trend = trends[dimension]
            let others = comparisons.map { $0[dimension] }
            let chart = TrendFigure(trend: trend, comparisons: others, axis: axis, scale: scale).render()
            guard let goal = trend.goal, goal.goal.metric == .favorablePct else { return [chart] }
            return [chart, GoalFigure(trend: trend, goal: goal, axis: axis).render()]
        }
        return PageSection(
            id: "trends", title: "Trends by month",
            takeaway: Takeaway(
                "Mean by program month with its 95% confidence interval; stages shaded; run-chart and control-chart "
                    + "signals marked and named."),
            [testNote, .div(class: "grid", figures)]
        ).render()
    }

    /// "August 2026 · program month 7 of 12 · Stage 2: Drive for results".
    static func when(_ summary: GroupSummary, axis: ProgramAxis) -> String {
        let stage = summary.stage.map { "Stage \($0.number): \($0.name)" } ?? "outside the program calendar"
        return "\(summary.month.longName) · program month \(summary.programMonth) of \(axis.lastMonth) · \(stage)"
    }

    /// The footer lines of every dashboard page.
    static func footer(_ input: ReportInput) -> [String] {
        [
            "\(input.program.name) · pulse dashboard for \(input.month.longName), as of \(input.asOf).",
            "Groups with fewer than \(input.program.minGroupSize) responses show no figures, and where one hidden "
                + "group could be worked out by subtraction another is hidden too. A change is called a change "
                + "only when \(Change.testName) gives p < 0.05; otherwise it is within noise.",
        ]
    }

    /// The answer scale of the instrument's first dimension (1…5 by default).
    static func scale(_ input: ReportInput) -> ClosedRange<Double> {
        guard let first = input.dataset.instrument.dimensions.first else { return 1...5 }
        return Double(first.scaleMin)...Double(max(first.scaleMax, first.scaleMin + 1))
    }
}
