import PulseModel
import PulseStats

/// What a stakeholder briefing pack for one cluster says, already decided: the cover facts, the cluster's
/// summary, one summary per school, the open challenges, the three things most worth discussing and the
/// method notes. Render it with `BriefDocument`.
///
///     let input = ReportInput(dataset: dataset, table: table, quality: quality, month: Month("2026-08")!)
///     let pack = BriefPack(input, cluster: "carver")!
///     pack.pageCount            // 4 + the cluster's schools
///     pack.discussion[0].text   // "Trust at Adams Middle School fell 0.42 since July 2026, beyond noise (…)."
public struct BriefPack: Hashable, Sendable {
    /// One school's page.
    public struct SchoolPage: Hashable, Sendable {
        public var school: School
        public var summary: GroupSummary
        public var milestones: MilestoneSummary
        public var challenges: ChallengeSummary
    }

    /// The pages that are always there: cover, cluster summary, challenges, method.
    public static let fixedPages = 4

    public var programName: String
    public var cluster: Cluster
    public var month: Month
    public var asOf: Day
    /// 1 for the program's start month.
    public var programMonth: Int
    /// The program's last month (the end of its last stage).
    public var programLength: Int
    public var stage: Stage?
    /// The answer scale, for sparklines.
    public var scale: ClosedRange<Double>
    public var summary: GroupSummary
    public var milestones: MilestoneSummary
    public var challenges: ChallengeSummary
    public var schools: [SchoolPage]
    /// At most three, chosen and worded from the data (see `DiscussionPoint.choose`).
    public var discussion: [DiscussionPoint]
    public var minimumGroupSize: Int
    public var suppression: AnalysisOptions.SuppressionMode
    public var quality: DataQuality

    /// The pack of a cluster; nil when the dataset has no such cluster.
    public init?(_ input: ReportInput, cluster id: String) {
        let dataset = input.dataset
        guard let cluster = dataset.cluster(id: id) else { return nil }
        let schools = dataset.schools(inCluster: id)
        let ids = schools.map(\.id)
        programName = dataset.program.name
        self.cluster = cluster
        month = input.month
        asOf = input.asOf
        programMonth = dataset.program.programMonth(of: input.month)
        programLength = input.lastProgramMonth
        stage = dataset.program.stage(of: input.month)
        scale = Double(dataset.program.scale.min)...Double(dataset.program.scale.max)
        summary = GroupSummary(input, group: GroupKey(level: .cluster, group: id))
        milestones = MilestoneSummary(input, schools: ids)
        challenges = ChallengeSummary(input, schools: ids)
        self.schools = schools.map { school in
            SchoolPage(
                school: school, summary: GroupSummary(input, group: GroupKey(level: .school, group: school.id)),
                milestones: MilestoneSummary(input, schools: [school.id]),
                challenges: ChallengeSummary(input, schools: [school.id]))
        }
        discussion = DiscussionPoint.choose(input, schools: Set(ids), milestones: milestones, challenges: challenges)
        minimumGroupSize = input.table.minimumGroupSize
        suppression = input.table.options.suppression
        quality = input.quality
    }

    /// The pages the printed pack has: the fixed pages and one per school.
    public var pageCount: Int { Self.fixedPages + schools.count }
}
