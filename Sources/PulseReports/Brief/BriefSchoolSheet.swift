import Markup
import PulseModel

/// One school's page: a strip of dimension tiles (score, tested changes, sparkline of the monthly means),
/// its late and at-risk milestones, and its open challenges.
enum BriefSchoolSheet {
    /// Rows that fit under the tiles.
    static let milestoneRows = 7
    static let challengeRows = 4

    static func sheet(_ page: BriefPack.SchoolPage, in pack: BriefPack) -> Node {
        let summary = page.summary
        let rate = summary.responseRate.map { " (\(NumberText.percent($0)) of \(summary.staff) staff)" } ?? ""
        let facts =
            "\(page.school.level.rawValue.capitalized) school · "
            + "\(Counting.plural(summary.responses, "response")) in \(pack.month.longName)\(rate)"
        let milestones = page.milestones.late + page.milestones.atRisk
        let (shownMilestones, moreMilestones) = BriefSheet.capped(
            milestones, limit: milestoneRows, noun: "milestone", rest: "see the dashboard")
        let (shownChallenges, moreChallenges) = BriefSheet.capped(
            page.challenges.open, limit: challengeRows, noun: "challenge", rest: "see the challenges page")
        return BriefSheet.node(
            "school", kicker: "School · \(pack.cluster.name)", title: page.school.name,
            [
                .p(facts),
                .div(class: "tiles", summary.tiles.map { TileView($0, scale: pack.scale).render() }),
                .h3("Late and at-risk milestones"),
                .p(page.milestones.takeaway.text),
            ]
                + (milestones.isEmpty ? [] : [milestoneTable(shownMilestones).render()])
                + (moreMilestones.map { [$0] } ?? [])
                + [.h3("Open challenges"), .p(page.challenges.takeaway.text)]
                + (shownChallenges.isEmpty ? [] : [challengeTable(shownChallenges).render()])
                + (moreChallenges.map { [$0] } ?? []))
    }

    static func milestoneTable(_ entries: [MilestoneSummary.Entry]) -> DataTable {
        DataTable(
            caption: "Late and at-risk milestones",
            columns: [.text("Milestone"), .number("Stage"), .text("Due"), .text("Status"), .number("Days late")],
            rows: entries.map { entry in
                [
                    .text(entry.activity), .text(String(entry.stage)), .node(.td(class: "date", entry.due.description)),
                    .node(.td([StatusBadge.milestone(entry.status)])),
                    .text(entry.daysLate > 0 ? String(entry.daysLate) : "–"),
                ]
            })
    }

    static func challengeTable(_ entries: [ChallengeSummary.Entry]) -> DataTable {
        DataTable(
            caption: "Open challenges",
            columns: [.text("Summary"), .text("Kind"), .text("Category"), .text("Level"), .number("Days open")],
            rows: entries.map { entry in
                [
                    .text(entry.summary), .text(entry.kind.rawValue), .text(entry.category),
                    .node(.td([StatusBadge.escalation(entry.level)])), .text(String(entry.daysOpen)),
                ]
            })
    }
}
