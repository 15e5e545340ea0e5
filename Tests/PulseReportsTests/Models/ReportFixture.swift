import PulseModel
import PulseStats

@testable import PulseReports

/// A small dataset with known outcomes for the report tests, analysed as the commands do.
///
/// Cluster "north": school "N1" (12 respondents a month), "N 1" (8; its slug collides with N1's and it is
/// hidden by complementary suppression), "tiny" (3; hidden: fewer than 5). Cluster "south": "S1" (10).
/// Trust (t1, t2) jumps from answers 1–2 in February to 4–5 in March (improved beyond noise); Care (c1, c2)
/// has the same answers both months (within noise).
struct ReportFixture {
    static let february = Month(year: 2026, month: 2)
    static let march = Month(year: 2026, month: 3)

    var dataset: Dataset
    var fold: PulseFold
    var table: StatsTable
    var input: ReportInput

    /// Strings a hostile spreadsheet could hold, for escaping tests.
    static let hostile = [
        "<script>alert(1)</script>", "\" onmouseover=\"x", "</style><b>bold</b>", "javascript:alert(1)",
    ]

    init(hostile: Bool = false, asOf: Day? = nil) {
        let h = Self.hostile
        let program = Program(
            name: hostile ? h[0] : "Test Program", startMonth: Self.february, minGroupSize: 5,
            stages: Program.defaultStages)
        let clusters = [
            Cluster(
                id: hostile ? h[3] : "north", name: hostile ? h[0] : "North Cluster", chair: hostile ? h[1] : "Ana",
                vision: hostile ? h[2] : "Every child reads.", mission: hostile ? h[1] : "Support teachers.",
                signatureProgram: hostile ? h[0] : "Literacy", priorities: hostile ? h : ["Reading", "Wellbeing"]),
            Cluster(id: "south", name: "South Cluster"),
        ]
        let north = clusters[0].id
        let schools = [
            School(id: "N1", name: hostile ? h[1] : "North One", clusterID: north, level: .high, staffCount: 20),
            School(id: "N 1", name: "North Two", clusterID: north, level: .middle, staffCount: 10),
            School(id: "tiny", name: "Tiny School", clusterID: north, level: .elementary, staffCount: 4),
            School(id: "S1", name: "South One", clusterID: "south", level: .high, staffCount: 12),
        ]
        let instrument = Instrument(items: [
            Item(id: "t1", dimension: "Trust", text: hostile ? h[2] : "I trust leaders."),
            Item(id: "t2", dimension: "Trust", text: "Colleagues keep commitments."),
            Item(id: "c1", dimension: "Care", text: "I feel cared for."),
            Item(id: "c2", dimension: "Care", text: "I am exhausted.", reverse: true),
        ])
        func day(_ text: String) -> Day { Day(text)! }
        let milestones = [
            Milestone(
                schoolID: "N1", stage: 1, activity: "Workshop", due: day("2026-02-20"), completed: nil,
                status: .onTrack, notes: ""),
            Milestone(
                schoolID: "N1", stage: 1, activity: hostile ? h[0] : "Action plan", due: day("2026-03-01"),
                completed: day("2026-03-05"), status: .done, notes: ""),
            Milestone(
                schoolID: "N1", stage: 1, activity: "Coaching", due: day("2026-04-10"), completed: nil,
                status: .atRisk, notes: ""),
            Milestone(
                schoolID: "N1", stage: 1, activity: "Launch", due: day("2026-04-15"),
                completed: day("2026-04-02"), status: .done, notes: ""),
        ]
        let challenges = [
            Challenge(
                raised: day("2026-02-10"), schoolID: "N1", kind: .external, category: "district",
                summary: hostile ? h[0] : "District initiative clashes", level: .area, status: .escalated,
                resolved: nil),
            Challenge(
                raised: day("2026-03-02"), schoolID: "N1", kind: .internal, category: "time",
                summary: hostile ? h[1] : "No time for meetings", level: .school, status: .open, resolved: nil),
            Challenge(
                raised: day("2026-02-12"), schoolID: "N1", kind: .internal, category: "staff",
                summary: "Resolved one", level: .cluster, status: .resolved, resolved: day("2026-03-20")),
            Challenge(
                raised: day("2026-04-05"), schoolID: "N1", kind: .internal, category: "later",
                summary: "Raised after the date", level: .school, status: .open, resolved: nil),
        ]
        let goals = [
            Goal(scopeID: north, measure: "Trust", metric: .favorablePct, target: 60, due: Month(year: 2026, month: 12))
        ]
        dataset = Dataset(
            program: program, clusters: clusters, schools: schools, instrument: instrument, milestones: milestones,
            challenges: challenges, goals: goals)

        var fold = PulseFold(instrument: instrument)
        let respondents = [12, 8, 3, 10]
        for (schoolIndex, count) in respondents.enumerated() {
            for (monthIndex, month) in [Self.february, Self.march].enumerated() {
                for person in 0..<count {
                    let trust: Int8 = monthIndex == 0 ? Int8(1 + person % 2) : Int8(4 + person % 2)
                    let care = Int8(2 + person % 3)
                    fold.add(
                        Response(
                            id: "\(schoolIndex)-\(monthIndex)-\(person)",
                            submitted: Day(year: month.year, month: month.month, day: 10)!, schoolIndex: schoolIndex,
                            role: person % 2 == 0 ? "teacher" : "support_staff",
                            answers: [trust, trust, care, care], comment: hostile ? h[0] : ""))
                }
            }
        }
        self.fold = fold
        table = StatsTable(dataset: dataset, fold: fold)
        let quality = DataQuality(
            files: [.init(file: "pulse/2026-03.csv", read: 70, accepted: 66, rejected: 4)], errors: 4, warnings: 1,
            diagnostics: [
                Diagnostic(file: "pulse/2026-03.csv", line: 4, severity: .error, message: "unknown school \"Z9\""),
                Diagnostic(file: "pulse/2026-03.csv", line: 7, severity: .error, message: "unknown school \"Z8\""),
                Diagnostic(file: "pulse/2026-03.csv", line: 9, severity: .error, message: "bad date \"x\""),
                Diagnostic(file: "pulse/2026-03.csv", line: 9, severity: .error, message: "bad date \"y\""),
                Diagnostic(file: "pulse/2026-03.csv", line: 1, severity: .warning, message: "extra column \"note\""),
            ])
        input = ReportInput(dataset: dataset, table: table, quality: quality, month: Self.march, asOf: asOf)
    }

    func key(_ level: Level, _ id: String) -> GroupKey { GroupKey(level: level, group: id) }
}
