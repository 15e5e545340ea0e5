import Markup
import PulseModel
import PulseStats

/// `index.html`: the program at a glance for the report month.
struct ProgramPage {
    var input: ReportInput
    var links: DashboardLinks
    var program: GroupSummary
    var clusters: [GroupSummary]
    var axis: ProgramAxis

    func render() -> ReportFile {
        let scale = DashboardSections.scale(input)
        let dataset = input.dataset
        let milestoneGroups = clusters.map { cluster in
            (name: cluster.group.name, summary: MilestoneSummary(input, schools: cluster.group.schoolIDs(in: dataset)))
        }
        let responses =
            "\(Counting.thousands(program.responses)) responses from \(Counting.thousands(program.staff)) staff"
            + (program.responseRate.map { " (\(NumberText.percent($0)))" } ?? "") + " in \(input.month.longName)."
        let sections: [Node] = [
            PageSection(
                id: "glance", title: "The program at a glance", takeaway: Takeaway(responses),
                [.div(class: "tiles", program.tiles.map { TileView($0, scale: scale).render() })]
            ).render(),
            PageSection(
                id: "clusters", title: "Clusters",
                [
                    .div(
                        class: "grid",
                        [
                            DimensionHeatmapFigure(
                                title: "Dimension means by cluster, \(input.month.longName)", groups: clusters,
                                dimensions: input.dimensions, scale: scale, minimum: input.program.minGroupSize,
                                width: 600
                            ).render(),
                            ResponseRateFigure(
                                title: "Response rate by cluster, \(input.month.longName)", groups: clusters
                            )
                            .render(),
                        ])
                ]
            ).render(),
            MoversSection(
                id: "movers", movers: Mover.biggest(input, among: [.cluster, .school], limit: 8), comparison: .previous,
                title: "Biggest tested changes since last month"
            ).render(),
            MoversSection(
                id: "movers-baseline",
                movers: Mover.biggest(input, among: [.cluster, .school], comparison: .baseline, limit: 8),
                comparison: .baseline, title: "Biggest tested changes since the baseline"
            ).render(),
            PageSection(
                id: "milestones", title: "Milestones by stage",
                [
                    MilestoneStagesFigure(
                        title: "Milestone completion by stage and cluster, as of \(input.asOf)", groups: milestoneGroups
                    ).render()
                ]
            ).render(),
            PageSection(id: "pages", title: "Cluster and school pages", [directory]).render(),
            DataQualityNote(input.quality).render(),
        ]
        let shell = PageShell(
            title: "\(input.program.name): pulse dashboard", subtitle: DashboardSections.when(program, axis: axis),
            sections: sections, footer: DashboardSections.footer(input))
        return ReportFile(path: DashboardLinks.index, bytes: shell.documentUTF8())
    }

    /// Every cluster with its schools, linked.
    private var directory: Node {
        .list(
            class: "links",
            clusters.map { cluster in
                [
                    PageLink(cluster.group.name, links.clusterPath(cluster.group.id)).node,
                    .list(
                        input.dataset.schools(inCluster: cluster.group.id).map { school in
                            [
                                PageLink(
                                    GroupRef(GroupKey(level: .school, group: school.id), in: input.dataset).name,
                                    links.schoolPath(school.id)
                                ).node
                            ]
                        }),
                ]
            })
    }
}
