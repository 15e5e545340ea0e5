import PulseModel

/// The stage milestones of a set of schools as of a date: counts per stage and status, and the late and
/// at-risk milestones with how late they are.
///
/// The status that counts is decided here, as of `ReportInput.asOf`: completed on or before it → done;
/// otherwise past its due date → late (whatever the file says); otherwise the written status (a `done`
/// with a later completion date counts as on track). So a past month's dashboard shows that month's state.
public struct MilestoneSummary: Hashable, Sendable {
    /// One milestone as of the date.
    public struct Entry: Hashable, Sendable {
        public var schoolID: String
        public var schoolName: String
        public var stage: Int
        public var activity: String
        public var due: Day
        /// Completed on or before the date.
        public var completed: Day?
        public var status: MilestoneStatus
        /// Days past due: to the date when late, to completion when completed late; 0 otherwise.
        public var daysLate: Int
        public var notes: String
    }

    /// The milestones of one stage by status.
    public struct StageCounts: Hashable, Sendable {
        public var stage: Int
        public var name: String
        public var done = 0
        public var late = 0
        public var atRisk = 0
        public var onTrack = 0
        public var notStarted = 0

        public var total: Int { done + late + atRisk + onTrack + notStarted }
        /// done ÷ total; nil without milestones.
        public var completion: Double? { total > 0 ? Double(done) / Double(total) : nil }

        mutating func count(_ status: MilestoneStatus) {
            switch status {
            case .done: done += 1
            case .late: late += 1
            case .atRisk: atRisk += 1
            case .onTrack: onTrack += 1
            case .notStarted: notStarted += 1
            }
        }
    }

    /// Every stage of the program, in order (stages without milestones have zero counts).
    public var stages: [StageCounts]
    /// All milestones, by stage, due date, school and activity.
    public var entries: [Entry]
    /// Late milestones, most days late first.
    public var late: [Entry] {
        entries.filter { $0.status == .late }.sorted { ($1.daysLate, $0.due) < ($0.daysLate, $1.due) }
    }
    /// At-risk milestones, soonest due first.
    public var atRisk: [Entry] { entries.filter { $0.status == .atRisk } }

    public init(_ input: ReportInput, schools ids: [String]) {
        let names = input.index.schoolNames
        let asOf = input.asOf
        // Sorted below on keys that include the school, so the order of the schools does not matter.
        entries = input.index.milestones(of: ids).map { m in
            let completed = m.completed.flatMap { $0 <= asOf ? $0 : nil }
            let status: MilestoneStatus
            if completed != nil || (m.status == .done && m.completed == nil) {
                status = .done
            } else if m.due < asOf {
                status = .late
            } else {
                status = m.status == .done ? .onTrack : m.status
            }
            let daysLate =
                status == .late ? m.due.days(to: asOf) : max(0, completed.map { m.due.days(to: $0) } ?? 0)
            return Entry(
                schoolID: m.schoolID, schoolName: names[m.schoolID] ?? m.schoolID, stage: m.stage,
                activity: m.activity, due: m.due, completed: completed, status: status, daysLate: daysLate,
                notes: m.notes)
        }.sorted { ($0.stage, $0.due, $0.schoolID, $0.activity) < ($1.stage, $1.due, $1.schoolID, $1.activity) }
        var stages = input.program.stages.map { StageCounts(stage: $0.number, name: $0.name) }
        for entry in entries {
            if let index = stages.firstIndex(where: { $0.stage == entry.stage }) { stages[index].count(entry.status) }
        }
        self.stages = stages
    }

    /// A sentence: "3 milestones late (longest 41 days: …), 2 at risk; 12 of 20 done."
    public var takeaway: Takeaway {
        let done = stages.reduce(0) { $0 + $1.done }
        let total = stages.reduce(0) { $0 + $1.total }
        guard total > 0 else { return Takeaway("No milestones on record.") }
        var parts: [String] = []
        if let worst = late.first {
            parts.append(
                "\(Counting.plural(late.count, "milestone")) late (longest \(Counting.plural(worst.daysLate, "day")): "
                    + "\(worst.activity), \(worst.schoolName))")
        } else {
            parts.append("no milestone late")
        }
        parts.append("\(atRisk.count) at risk")
        let sentence = parts.joined(separator: ", ") + "; \(done) of \(total) done."
        return Takeaway(sentence.prefix(1).uppercased() + sentence.dropFirst())
    }
}
