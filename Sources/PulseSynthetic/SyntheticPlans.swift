import PulseModel

/// The milestones, challenges and goals of a synthetic dataset.
extension SyntheticDataset {
    /// The stage activities of PRODUCT.md, due through each stage's months.
    static let activities: [Int: [String]] = [
        1: [
            "Flipped-classroom preparation and coaching", "Foundations two-day workshop", "HPT action plan",
            "Leadership coaching", "Pulse survey launched",
        ],
        2: [
            "Leadership team works the action plan", "Staff meetings under a self-governance framework",
            "Monthly pulse analysis and dashboards", "Mid-program workshop and case presentation",
        ],
        3: [
            "Leadership coaching", "Observation of staff meetings and the self-governance system",
            "Completion workshop and case-study outcome presentation",
        ],
    ]

    static func milestones(schools: [School], program: Program, months: Int, rng: inout SeededGenerator) -> [Milestone]
    {
        let asOf = Day.last(of: program.calendarMonth(ofProgramMonth: months))
        var result: [Milestone] = []
        for school in schools {
            let reliable = rng.unit()
            for stage in program.stages {
                let list = activities[stage.number] ?? []
                for (index, activity) in list.enumerated() {
                    let span = stage.lastMonth - stage.firstMonth + 1
                    let dueMonth = program.calendarMonth(
                        ofProgramMonth: stage.firstMonth + (index * span) / max(1, list.count))
                    let due = Day(year: dueMonth.year, month: dueMonth.month, day: rng.pick([10, 15, 20, 28]))!
                    var completed: Day?
                    var status: MilestoneStatus
                    var notes = ""
                    let slip = rng.unit()
                    if due.days(to: asOf) > 20 {
                        if slip < 0.70 + reliable * 0.25 {
                            let early = rng.int(-12...3)
                            completed = Day(year: due.year, month: due.month, day: max(1, min(28, due.day + early)))
                            status = .done
                        } else if slip < 0.93 {
                            let lateBy = rng.int(8...35)
                            let finished = Day.fromEpoch(due.daysSinceEpoch + lateBy)
                            if finished <= asOf {
                                completed = finished
                                status = .done
                                notes = "Completed \(lateBy) days after the due date"
                            } else {
                                status = .atRisk
                                notes = "Rescheduled after staff shortages"
                            }
                        } else {
                            status = rng.chance(0.5) ? .late : .onTrack
                            notes = status == .late ? "Waiting on \"release time\" for staff" : ""
                        }
                    } else if due <= asOf.advanced(days: 45) {
                        status = slip < 0.2 ? .atRisk : .onTrack
                        if status == .atRisk { notes = "Competing district reporting deadline" }
                    } else {
                        status = .notStarted
                    }
                    result.append(
                        Milestone(
                            schoolID: school.id, stage: stage.number, activity: activity, due: due,
                            completed: completed, status: status, notes: notes))
                }
            }
        }
        return result
    }

    static let challengeCatalog: [(ChallengeKind, String, String)] = [
        (.internal, "leadership change", "Assistant principal on extended leave; leadership team reduced to three"),
        (.internal, "staff shortages", "Two teacher vacancies cut leadership team time in half"),
        (.internal, "critical incident", "Flooding closed the building for a week; workshop postponed"),
        (.internal, "buy-in", "Some staff see the program as \"one more thing\""),
        (.external, "competing priorities", "District literacy initiative launched in the same term"),
        (.external, "reporting load", "New monthly compliance report required without extra time"),
        (.external, "mandatory training", "Mandatory safeguarding training scheduled over planned coaching days"),
        (.external, "funding", "Release-time funding delayed until the next quarter"),
    ]

    static func challenges(schools: [School], program: Program, months: Int, rng: inout SeededGenerator) -> [Challenge]
    {
        let asOf = Day.last(of: program.calendarMonth(ofProgramMonth: months))
        let start = Day(year: program.startMonth.year, month: program.startMonth.month, day: 1)!
        let span = max(1, start.days(to: asOf) - 7)
        var result: [Challenge] = []
        for (index, school) in schools.enumerated() where index % 3 == 0 || rng.chance(0.15) {
            let (kind, category, summary) = challengeCatalog[(index / 3 + result.count) % challengeCatalog.count]
            let raised = Day.fromEpoch(start.daysSinceEpoch + rng.int(0...span))
            let level = EscalationLevel.allCases[rng.int(0...2)]
            let roll = rng.unit()
            let status: ChallengeStatus
            var resolved: Day?
            if roll < 0.35, raised.days(to: asOf) > 14 {
                status = .resolved
                resolved = Day.fromEpoch(raised.daysSinceEpoch + rng.int(7...min(90, raised.days(to: asOf))))
            } else {
                status = level == .school ? .open : .escalated
            }
            result.append(
                Challenge(
                    raised: raised, schoolID: school.id, kind: kind, category: category, summary: summary,
                    level: level, status: status, resolved: resolved))
        }
        return result.sorted { ($0.raised, $0.schoolID) < ($1.raised, $1.schoolID) }
    }

    static func goals(
        schools: [School], clusters: [Cluster], instrument: Instrument, program: Program,
        rng: inout SeededGenerator
    ) -> [Goal] {
        let due = program.lastMonth(of: program.stages.last!)
        var result: [Goal] = []
        for (index, cluster) in clusters.enumerated() {
            let dimension = instrument.dimensions[index % instrument.dimensions.count]
            result.append(
                Goal(
                    scopeID: cluster.id, measure: dimension.name, metric: .favorablePct,
                    target: Double(rng.pick([65, 70, 75])), due: due))
        }
        for (index, school) in schools.enumerated() where index % 4 == 1 {
            let dimension = instrument.dimensions[(index / 4) % instrument.dimensions.count]
            result.append(
                Goal(
                    scopeID: school.id, measure: dimension.name, metric: .mean,
                    target: Double(rng.pick([36, 38, 40])) / 10, due: due))
        }
        return result
    }
}
