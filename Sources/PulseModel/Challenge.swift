/// Where an implementation challenge comes from (factsheet: internal to the school, or external).
public enum ChallengeKind: String, CaseIterable, Hashable, Sendable {
    case `internal`, external
}

/// The escalation ladder: school → cluster → area.
public enum EscalationLevel: String, CaseIterable, Hashable, Sendable, Comparable {
    case school, cluster, area

    public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
}

public enum ChallengeStatus: String, CaseIterable, Hashable, Sendable {
    case open, escalated, resolved
}

/// An implementation challenge raised by a school (`challenges.csv`).
public struct Challenge: Hashable, Sendable {
    public var raised: Day
    public var schoolID: String
    public var kind: ChallengeKind
    public var category: String
    public var summary: String
    public var level: EscalationLevel
    public var status: ChallengeStatus
    public var resolved: Day?

    public init(
        raised: Day, schoolID: String, kind: ChallengeKind, category: String, summary: String,
        level: EscalationLevel, status: ChallengeStatus, resolved: Day?
    ) {
        self.raised = raised
        self.schoolID = schoolID
        self.kind = kind
        self.category = category
        self.summary = summary
        self.level = level
        self.status = status
        self.resolved = resolved
    }

    public var isOpen: Bool { status != .resolved }

    /// Days open as of a date (until resolution when resolved).
    public func daysOpen(asOf date: Day) -> Int { raised.days(to: resolved ?? date) }
}
