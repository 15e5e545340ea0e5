import Markup
import PulseModel
import PulseStats

/// A school's page: the same as its cluster's, set against the cluster and the program.
struct SchoolPage {
    var input: ReportInput
    var cells: MonthCells
    var links: DashboardLinks
    var school: School
    var summary: GroupSummary
    var cluster: GroupSummary?
    var program: GroupSummary
    /// The cluster's and the program's trend per dimension, drawn beside the school's.
    var clusterTrends: [DimensionTrend]?
    var programTrends: [DimensionTrend]
    var axis: ProgramAxis

    func render() -> ReportFile {
        let scale = DashboardSections.scale(input)
        let key = summary.group.key
        let month = input.month.longName
        let milestones = MilestoneSummary(input, schools: [school.id])
        let sideBySide = [summary] + (cluster.map { [$0] } ?? []) + [program]
        let challenges = ChallengeSummary(input, schools: [school.id])
        let sections: [Node] = [
            DashboardSections.glance(
                movers: Mover.biggest(input, among: [.school], within: [school.id]),
                baselineMovers: Mover.biggest(input, among: [.school], within: [school.id], comparison: .baseline),
                milestones: milestones, challenges: challenges),
            DashboardSections.tiles(summary, scale: scale),
            PageSection(
                id: "compare", title: "Against the cluster and the program",
                [
                    DimensionHeatmapFigure(
                        title: "Dimension means, \(month)", groups: sideBySide, dimensions: input.dimensions,
                        scale: scale, minimum: input.program.minGroupSize
                    ).render(),
                    ResponseHistoryFigure(
                        title: "Response rate by month", groups: Array(sideBySide.dropLast()), axis: axis
                    ).render(),
                ]
            ).render(),
            DashboardSections.trends(
                DimensionTrend.all(input, group: key), comparisons: [clusterTrends, programTrends].compactMap { $0 },
                axis: axis, scale: scale),
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
                    milestones.entries.isEmpty
                        ? .p(class: "muted", "No milestones on record.")
                        : MilestoneTimelineFigure(
                            title: "Milestones by stage: due and completed", summary: milestones,
                            entries: milestones.entries, namesSchools: false, axis: axis, asOf: input.asOf
                        ).render()
                ]
            ).render(),
            ChallengesSection(summary: challenges, showsSchool: false).render(),
            DataQualityNote(input.quality).render(),
        ]
        let crumbs =
            [PageLink(input.program.name, links.fromPage(DashboardLinks.index))]
            + (cluster.map { [PageLink($0.group.name, links.fromPage(links.clusterPath($0.group.id)))] } ?? [])
        let shell = PageShell(
            title: summary.group.name,
            subtitle: "\(school.level.rawValue.capitalized) school · \(school.staffCount) staff · "
                + DashboardSections.when(summary, axis: axis),
            breadcrumbs: crumbs, sections: sections, footer: DashboardSections.footer(input))
        return ReportFile(path: links.schoolPath(school.id), bytes: shell.documentUTF8())
    }
}
