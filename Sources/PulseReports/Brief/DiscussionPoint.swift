import PulseModel
import PulseStats

/// One of the things most worth discussing at a briefing: a tested decline, a late milestone or a
/// challenge that has been open a long time, in one sentence written from the data.
///
///     DiscussionPoint.choose(input, schools: ["S001", "S002"], milestones: m, challenges: c)
///     // [decline, late milestone, long-open challenge], at most three
public struct DiscussionPoint: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case decline, lateMilestone, longOpenChallenge
    }

    public var kind: Kind
    /// A short heading, e.g. "Tested decline".
    public var heading: String
    public var text: String

    /// A challenge counts as long open from this many days.
    public static let longOpenDays = 30

    /// The three things most worth discussing, in this order of preference: the largest tested decline
    /// (since last month or since the baseline), the latest milestone, the longest-open challenge (at
    /// least `longOpenDays`); when a kind has nothing, the next candidates of the other kinds fill in.
    public static func choose(
        _ input: ReportInput, schools: Set<String>, milestones: MilestoneSummary, challenges: ChallengeSummary,
        limit: Int = 3
    ) -> [DiscussionPoint] {
        let kinds = [declines(input, schools: schools), late(milestones), longOpen(challenges)]
        var chosen: [DiscussionPoint] = []
        var depth = 0
        while chosen.count < limit, kinds.contains(where: { $0.count > depth }) {
            for candidates in kinds where candidates.count > depth && chosen.count < limit {
                chosen.append(candidates[depth])
            }
            depth += 1
        }
        return chosen
    }

    /// Tested declines of the cluster and its schools, largest first; one per group and dimension.
    static func declines(_ input: ReportInput, schools: Set<String>) -> [DiscussionPoint] {
        let movers = Comparison.allCases.flatMap {
            Mover.biggest(input, among: [.cluster, .school], within: schools, comparison: $0, limit: .max)
        }
        var seen = Set<String>()
        return movers.filter { $0.change.verdict == .declined }
            .sorted { abs($0.change.meanDifference) > abs($1.change.meanDifference) }
            .filter { seen.insert("\($0.group.level.rawValue)|\($0.group.id)|\($0.dimension)").inserted }
            .map { DiscussionPoint(kind: .decline, heading: "Tested decline", text: $0.takeaway.text) }
    }

    static func late(_ milestones: MilestoneSummary) -> [DiscussionPoint] {
        milestones.late.map { entry in
            DiscussionPoint(
                kind: .lateMilestone, heading: "Late milestone",
                text: "\(entry.activity) (stage \(entry.stage)) at \(entry.schoolName) is "
                    + "\(Counting.plural(entry.daysLate, "day")) late: due \(entry.due).")
        }
    }

    static func longOpen(_ challenges: ChallengeSummary) -> [DiscussionPoint] {
        challenges.open.filter { $0.daysOpen >= longOpenDays }.sorted { $0.daysOpen > $1.daysOpen }.map { entry in
            DiscussionPoint(
                kind: .longOpenChallenge, heading: "Long-open challenge",
                text: "An \(entry.kind.rawValue) challenge at \(entry.schoolName) has been open "
                    + "\(Counting.plural(entry.daysOpen, "day")) (\(EscalationWording.short(entry.level))): "
                    + "\(entry.summary)")
        }
    }
}
