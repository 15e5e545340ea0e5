import Markup

/// Open implementation challenges: escalation level, kind, category, summary, school and days open.
struct ChallengesSection {
    var summary: ChallengeSummary
    var showsSchool: Bool

    func render() -> Node {
        let body: [Node] =
            summary.open.isEmpty
            ? [.p(class: "muted", "None open.")]
            : [
                DataTable(
                    caption: "Open challenges, highest escalation first",
                    columns: (showsSchool ? [.text("School")] : []) + [
                        .text("Level"), .text("Kind"), .text("Category"), .text("Summary"), .text("Raised"),
                        .number("Days open"),
                    ],
                    rows: summary.open.map { entry in
                        (showsSchool ? [.text(entry.schoolName)] : []) + [
                            .node(.td([StatusBadge.escalation(entry.level)])),
                            .node(.td(entry.kind.rawValue)), .node(.td(entry.category)), .node(.td(entry.summary)),
                            .node(.td(entry.raised.description)), .node(.td(class: "num", String(entry.daysOpen))),
                        ]
                    }
                ).render()
            ]
        return PageSection(
            id: "challenges", title: "Open challenges", takeaway: summary.takeaway,
            body + [.p(class: "note", "\(summary.resolved) resolved so far.")]
        ).render()
    }
}
