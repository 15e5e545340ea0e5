import Markup
import PulseModel
import PulseStats

/// A cluster's page, for its chair: profile, tiles, trends with goals and signals, schools side by side,
/// answers per item, response rates, milestones and open challenges.
struct ClusterPage {
    var input: ReportInput
    var cells: MonthCells
    var links: DashboardLinks
    var cluster: Cluster
    var summary: GroupSummary
    var schools: [GroupSummary]
    /// The cluster's trend per dimension, and the program's to draw beside it.
    var trends: [DimensionTrend]
    var programTrends: [DimensionTrend]
    var axis: ProgramAxis

    func render() -> ReportFile {
        let scale = DashboardSections.scale(input)
        let key = summary.group.key
        let schoolIDs = summary.group.schoolIDs(in: input.dataset)
        let milestones = MilestoneSummary(input, schools: schoolIDs)
        let currentStage = summary.stage?.number ?? Int.max
        let attention = milestones.entries.filter { entry in
            entry.status == .late || entry.status == .atRisk || entry.daysLate > 0
                || (entry.stage == currentStage && entry.status != .done)
        }
        let month = input.month.longName
        let movers = Mover.biggest(input, among: [.cluster, .school], within: Set(schoolIDs))
        let baselineMovers = Mover.biggest(
            input, among: [.cluster, .school], within: Set(schoolIDs), comparison: .baseline)
        let challenges = ChallengeSummary(input, schools: schoolIDs)
        let sections: [Node] = [
            DashboardSections.glance(
                movers: movers, baselineMovers: baselineMovers, milestones: milestones, challenges: challenges),
            ClusterProfileSection(cluster: cluster).render(),
            DashboardSections.tiles(summary, scale: scale),
            MoversSection(
                id: "movers", movers: movers, comparison: .previous,
                title: "Biggest tested changes since last month in this cluster"
            ).render(),
            MoversSection(
                id: "movers-baseline", movers: baselineMovers, comparison: .baseline,
                title: "Biggest tested changes since the baseline in this cluster"
            ).render(),
            PageSection(
                id: "schools", title: "Schools",
                [
                    DimensionHeatmapFigure(
                        title: "Dimension means by school, \(month)", groups: schools, dimensions: input.dimensions,
                        scale: scale, minimum: input.program.minGroupSize
                    ).render(),
                    .div(
                        class: "grid",
                        [
                            ResponseRateFigure(title: "Response rate by school, \(month)", groups: schools).render(),
                            ResponseHistoryFigure(
                                title: "Response rate by school and month", groups: schools, axis: axis
                            )
                            .render(),
                        ]),
                    .list(
                        class: "links",
                        schools.map { [PageLink($0.group.name, links.fromPage(links.schoolPath($0.group.id))).node] }),
                ]
            ).render(),
            DashboardSections.trends(trends, comparisons: [programTrends], axis: axis, scale: scale),
            PageSection(
                id: "answers", title: "Answers to each question",
                [
                    AnswersFigure(
                        title: "Answers by item, \(summary.group.name), \(month)",
                        items: ItemDistribution.all(input, group: key, cells: cells)
                    ).render()
                ]
            ).render(),
            PageSection(
                id: "milestones", title: "Milestones", takeaway: milestones.takeaway,
                [
                    MilestoneStagesFigure(
                        title: "Milestone completion by stage and school, as of \(input.asOf)",
                        groups: schools.map { school in
                            (name: school.group.name, summary: MilestoneSummary(input, schools: [school.group.id]))
                        }
                    ).render(),
                    attention.isEmpty
                        ? .p(class: "muted", "Nothing late, at risk or open in the current stage.")
                        : MilestoneTimelineFigure(
                            title: "Milestones needing attention: late, at risk, done late, or open in this stage",
                            summary: milestones, entries: attention, namesSchools: true, axis: axis, asOf: input.asOf
                        ).render(),
                ]
            ).render(),
            ChallengesSection(summary: challenges, showsSchool: true).render(),
            DataQualityNote(input.quality).render(),
        ]
        let chair = cluster.chair.isEmpty ? "" : "Chair: \(cluster.chair) · "
        let shell = PageShell(
            title: summary.group.name, subtitle: chair + DashboardSections.when(summary, axis: axis),
            breadcrumbs: [PageLink(input.program.name, links.fromPage(DashboardLinks.index))], sections: sections,
            footer: DashboardSections.footer(input))
        return ReportFile(path: links.clusterPath(cluster.id), bytes: shell.documentUTF8())
    }
}
