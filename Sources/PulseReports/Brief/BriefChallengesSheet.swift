import Markup
import PulseModel

/// The page of open implementation challenges, internal and external, with their escalation level and
/// how long each has been open; highest level first, then longest open.
enum BriefChallengesSheet {
    static let rows = 14

    static func sheet(_ pack: BriefPack) -> Node {
        let challenges = pack.challenges
        let counts = ChallengeKind.allCases.map { kind in
            "\(kind.rawValue.capitalized): \(challenges.open.count { $0.kind == kind })"
        }.joined(separator: " · ")
        let (shown, more) = BriefSheet.capped(
            challenges.open, limit: rows, noun: "challenge", rest: "see the dashboard")
        let ladder = EscalationLevel.allCases.map { "\($0.rawValue) (\(EscalationWording.owner($0)))" }
            .joined(separator: " → ")
        return BriefSheet.node(
            "challenges", kicker: "Implementation challenges · as of \(pack.asOf)",
            title: "Open implementation challenges",
            [
                .p(class: "takeaway", challenges.takeaway.text),
                .p("\(counts) · \(challenges.resolved) resolved by \(pack.asOf)."),
                .p(class: "ladder", "Escalation ladder: \(ladder). Problems are solved at the lowest level possible."),
            ]
                + (shown.isEmpty ? [] : [table(shown).render()])
                + (more.map { [$0] } ?? []))
    }

    static func table(_ entries: [ChallengeSummary.Entry]) -> DataTable {
        DataTable(
            caption: "Open challenges, highest escalation first",
            columns: [
                .text("School"), .text("Kind"), .text("Category"), .text("Summary"), .text("Level"), .text("Status"),
                .text("Raised"), .number("Days open"),
            ],
            rows: entries.map { entry in
                [
                    .text(entry.schoolName), .text(entry.kind.rawValue), .text(entry.category), .text(entry.summary),
                    .node(.td([StatusBadge.escalation(entry.level)])), .text(entry.status.rawValue),
                    .node(.td(class: "date", entry.raised.description)), .text(String(entry.daysOpen)),
                ]
            })
    }
}
