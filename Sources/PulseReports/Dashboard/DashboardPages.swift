import PulseModel
import PulseStats

/// What every page of a dashboard shares, made once: links, the program axis, the summaries of the
/// program, every cluster and every school, and the report month's cells per group. Page `index` is
/// rendered from it alone, so pages can be made in any order and side by side.
///
/// Pages are numbered as `Dashboard.files()` lists them: 0 is the index, then clusters and schools in
/// dataset order.
struct DashboardPages: Sendable {
    let input: ReportInput
    let cells: MonthCells
    let links: DashboardLinks
    let axis: ProgramAxis
    let program: GroupSummary
    let clusters: [GroupSummary]
    let schools: [GroupSummary]
    /// Each cluster's school summaries, in dataset order.
    let members: [String: [GroupSummary]]
    let clusterSummary: [String: GroupSummary]
    /// The program's and each cluster's trend per dimension: drawn on their own pages and beside every
    /// school's, so made once.
    let programTrends: [DimensionTrend]
    let clusterTrends: [String: [DimensionTrend]]

    init(input: ReportInput, fold: PulseFold) {
        let dataset = input.dataset
        self.input = input
        cells = MonthCells(input, fold: fold)
        axis = ProgramAxis(program: dataset.program, through: input.month)
        links = DashboardLinks(clusterIDs: dataset.clusters.map(\.id), schoolIDs: dataset.schools.map(\.id))
        program = GroupSummary(input, group: GroupKey(level: .program, group: GroupKey.programID))
        // Made on every core: every page waits for them.
        clusters = concurrentMap(dataset.clusters.count) {
            GroupSummary(input, group: GroupKey(level: .cluster, group: dataset.clusters[$0].id))
        }
        schools = concurrentMap(dataset.schools.count) {
            GroupSummary(input, group: GroupKey(level: .school, group: dataset.schools[$0].id))
        }
        members = Dictionary(grouping: zip(dataset.schools, schools), by: \.0.clusterID).mapValues { $0.map(\.1) }
        clusterSummary = Dictionary(zip(dataset.clusters.map(\.id), clusters), uniquingKeysWith: { a, _ in a })
        programTrends = DimensionTrend.all(input, group: program.group.key)
        let trends = concurrentMap(dataset.clusters.count) {
            DimensionTrend.all(input, group: GroupKey(level: .cluster, group: dataset.clusters[$0].id))
        }
        clusterTrends = Dictionary(zip(dataset.clusters.map(\.id), trends), uniquingKeysWith: { a, _ in a })
    }

    /// The index, a page per cluster and a page per school.
    var count: Int { 1 + clusters.count + schools.count }

    /// Page `index` (see the type's numbering).
    func render(_ index: Int) -> ReportFile {
        let dataset = input.dataset
        switch index {
        case 0:
            return ProgramPage(input: input, links: links, program: program, clusters: clusters, axis: axis).render()
        case 1...clusters.count:
            let cluster = dataset.clusters[index - 1]
            return ClusterPage(
                input: input, cells: cells, links: links, cluster: cluster, summary: clusters[index - 1],
                schools: members[cluster.id] ?? [], trends: clusterTrends[cluster.id] ?? [],
                programTrends: programTrends, axis: axis
            ).render()
        default:
            let position = index - 1 - clusters.count
            let school = dataset.schools[position]
            return SchoolPage(
                input: input, cells: cells, links: links, school: school, summary: schools[position],
                cluster: clusterSummary[school.clusterID], program: program,
                clusterTrends: clusterTrends[school.clusterID], programTrends: programTrends, axis: axis
            ).render()
        }
    }
}
