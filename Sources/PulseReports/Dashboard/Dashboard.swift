import PulseModel
import PulseStats

/// The monthly pulse dashboard: `index.html` (the program at a glance), a page per cluster for its chair
/// and a page per school, as self-contained HTML files.
///
///     let input = ReportInput(dataset: dataset, table: table, quality: quality, month: Month("2026-08")!)
///     for file in Dashboard(input: input, fold: fold).files() { try write(file.bytes, to: file.path) }
///
/// The same input gives the same bytes: no clock is read ("today" is `input.asOf`).
public struct Dashboard: Sendable {
    public var input: ReportInput
    /// The fold the input's table was built from (for answer distributions).
    public var fold: PulseFold

    public init(input: ReportInput, fold: PulseFold) {
        self.input = input
        self.fold = fold
    }

    /// Every page: the index, then clusters and schools in dataset order.
    public func files() -> [ReportFile] {
        let dataset = input.dataset
        let axis = ProgramAxis(program: dataset.program, through: input.month)
        let links = DashboardLinks(clusterIDs: dataset.clusters.map(\.id), schoolIDs: dataset.schools.map(\.id))
        let program = GroupSummary(input, group: GroupKey(level: .program, group: GroupKey.programID))
        let clusters = dataset.clusters.map { GroupSummary(input, group: GroupKey(level: .cluster, group: $0.id)) }
        let schools = dataset.schools.map { GroupSummary(input, group: GroupKey(level: .school, group: $0.id)) }
        let clusterSummary = Dictionary(zip(dataset.clusters.map(\.id), clusters), uniquingKeysWith: { a, _ in a })
        let cells = MonthCells(input, fold: fold)
        var files = [
            ProgramPage(input: input, links: links, program: program, clusters: clusters, axis: axis).render()
        ]
        for (cluster, summary) in zip(dataset.clusters, clusters) {
            let members = zip(dataset.schools, schools).filter { $0.0.clusterID == cluster.id }.map(\.1)
            files.append(
                ClusterPage(
                    input: input, cells: cells, links: links, cluster: cluster, summary: summary, schools: members,
                    axis: axis
                ).render())
        }
        for (school, summary) in zip(dataset.schools, schools) {
            files.append(
                SchoolPage(
                    input: input, cells: cells, links: links, school: school, summary: summary,
                    cluster: clusterSummary[school.clusterID], program: program, axis: axis
                ).render())
        }
        return files
    }
}
