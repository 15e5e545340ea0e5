import PulseModel

/// The implementation challenges of a set of schools open as of a date, highest escalation first.
///
/// Open as of the date: raised on or before it and not resolved by it (a `resolved` status without a
/// resolution date counts as resolved).
public struct ChallengeSummary: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var schoolID: String
        public var schoolName: String
        public var raised: Day
        public var kind: ChallengeKind
        public var category: String
        public var summary: String
        public var level: EscalationLevel
        public var status: ChallengeStatus
        public var daysOpen: Int
    }

    /// Open challenges: escalation level (area → cluster → school), then longest open first.
    public var open: [Entry]
    /// Challenges resolved by the date.
    public var resolved: Int

    public init(_ input: ReportInput, schools ids: [String]) {
        let names = input.index.schoolNames
        let asOf = input.asOf
        // Sorted below on keys that include the school, so the order of the schools does not matter.
        let raised = input.index.challenges(of: ids).filter { $0.raised <= asOf }
        let isOpen: (Challenge) -> Bool = { c in
            if let date = c.resolved { return date > asOf }
            return c.status != .resolved
        }
        resolved = raised.count { !isOpen($0) }
        open = raised.filter(isOpen).map { c in
            Entry(
                schoolID: c.schoolID, schoolName: names[c.schoolID] ?? c.schoolID, raised: c.raised, kind: c.kind,
                category: c.category, summary: c.summary, level: c.level,
                status: c.status == .resolved ? .open : c.status, daysOpen: c.raised.days(to: asOf))
        }.sorted { ($1.level, $1.daysOpen, $0.schoolID, $0.summary) < ($0.level, $0.daysOpen, $1.schoolID, $1.summary) }
    }

    /// Open challenges at one escalation level.
    public func count(at level: EscalationLevel) -> Int { open.count { $0.level == level } }

    /// "4 open challenges: 1 escalated to the area, 2 to the cluster, 1 at school level."
    public var takeaway: Takeaway {
        guard !open.isEmpty else { return Takeaway("No open challenges.") }
        let parts = [
            (EscalationLevel.area, "escalated to the area"), (.cluster, "escalated to the cluster"),
            (.school, "at school level"),
        ].compactMap { level, words in count(at: level) > 0 ? "\(count(at: level)) \(words)" : nil }
        return Takeaway("\(Counting.plural(open.count, "open challenge")): \(parts.joined(separator: ", ")).")
    }
}
