/// The status written for a milestone in `milestones.csv`.
public enum MilestoneStatus: String, CaseIterable, Hashable, Sendable {
    case notStarted = "not_started"
    case onTrack = "on_track"
    case atRisk = "at_risk"
    case late
    case done
}

/// A stage activity of one school's leadership team, with its due date (`milestones.csv`).
public struct Milestone: Hashable, Sendable {
    public var schoolID: String
    public var stage: Int
    public var activity: String
    public var due: Day
    public var completed: Day?
    public var status: MilestoneStatus
    public var notes: String

    public init(
        schoolID: String, stage: Int, activity: String, due: Day, completed: Day?, status: MilestoneStatus,
        notes: String
    ) {
        self.schoolID = schoolID
        self.stage = stage
        self.activity = activity
        self.due = due
        self.completed = completed
        self.status = status
        self.notes = notes
    }

    /// The status that counts on a given date: a milestone past its due date and not done is late,
    /// whatever its written status; one with a completion date is done.
    public func effectiveStatus(asOf date: Day) -> MilestoneStatus {
        if completed != nil || status == .done { return .done }
        if due < date { return .late }
        return status
    }

    /// Completed after its due date.
    public var completedLate: Bool {
        guard let completed else { return false }
        return completed > due
    }
}
