import Markup
import PulseModel

/// Small labelled badges for a milestone status or an escalation level: the word is always written, the
/// colour only repeats it.
enum StatusBadge {
    static func milestone(_ status: MilestoneStatus) -> Node {
        .span(class: "badge \(status.rawValue)", MilestoneTimelineFigure.status(status).label)
    }

    static func escalation(_ level: EscalationLevel) -> Node {
        .span(class: "badge \(level.rawValue)", level.rawValue)
    }
}
