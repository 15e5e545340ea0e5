import PulseModel
import PulseStats

/// What a school's mid-program case study says: baseline → mid-program change per dimension (Hedges' g,
/// confidence intervals, the tested verdict), the stage 1–2 milestone story, the school against its
/// cluster and the program, and the run-chart signals of each dimension.
///
/// Baseline is the school's first month with responses (the program's first month when it answered then);
/// mid-program is the last month of stage 2, or the latest month with data when stage 2 is not over
/// (the school's latest month with responses up to then).
///
///     let study = CaseStudy(input, school: "S001")!
///     study.baseline, study.midProgram         // 2026-02, 2026-08
///     study.changes[0].change?.value?.hedgesG   // nil when suppressed or not computable
public struct CaseStudy: Sendable {
    public var school: GroupRef
    public var cluster: GroupRef
    public var programName: String
    public var baseline: Month
    public var midProgram: Month
    /// The stage mid-program falls in.
    public var stage: Stage?
    public var scale: ClosedRange<Double>
    /// One per dimension, in instrument order.
    public var changes: [DimensionChange]
    /// Per dimension: the school's trend, then the cluster's and the program's for comparison.
    public var trends: [[DimensionTrend]]
    /// Stage 1 and 2 milestones as of the end of the mid-program month.
    public var milestones: MilestoneSummary
    public var quality: DataQuality
    /// The report input at mid-program (for the page components).
    let input: ReportInput

    /// The stages whose milestones the case tells.
    public static let stagesTold = 1...2

    /// The case study of a school; nil when the dataset has no such school or it has no responses.
    public init?(_ base: ReportInput, school id: String) {
        let dataset = base.dataset
        guard let school = dataset.school(id: id), let firstDimension = dataset.instrument.dimensions.first?.name
        else { return nil }
        let program = dataset.program
        let stageEnd = program.stages.first { $0.number == 2 }.map { program.lastMonth(of: $0) }
        let latest = base.table.periods.last
        let target = [stageEnd, latest].compactMap { $0 }.min()
        let months = base.table.series(level: .school, group: id, measure: firstDimension).map(\.period)
        guard let target, let first = months.first, let mid = months.last(where: { $0 <= target }) else { return nil }
        let input = ReportInput(dataset: dataset, table: base.table, quality: base.quality, month: mid)
        self.input = input
        let schoolKey = GroupKey(level: .school, group: id)
        let clusterKey = GroupKey(level: .cluster, group: school.clusterID)
        let programKey = GroupKey(level: .program, group: GroupKey.programID)
        self.school = GroupRef(schoolKey, in: dataset)
        cluster = GroupRef(clusterKey, in: dataset)
        programName = program.name
        baseline = first
        midProgram = mid
        stage = program.stage(of: mid)
        scale = Double(program.scale.min)...Double(program.scale.max)
        let dimensions = dataset.instrument.dimensions.map(\.name)
        changes = dimensions.map { DimensionChange(input.table, school: id, dimension: $0, from: first, to: mid) }
        trends = dimensions.map { dimension in
            [schoolKey, clusterKey, programKey].map { DimensionTrend(input, group: $0, dimension: dimension) }
        }
        var milestones = MilestoneSummary(input, schools: [id])
        milestones.entries = milestones.entries.filter { Self.stagesTold.contains($0.stage) }
        milestones.stages = milestones.stages.filter { Self.stagesTold.contains($0.stage) }
        self.milestones = milestones
        quality = base.quality
    }

    /// "Stage 1 Establish foundations: 5 of 5 done, 1 completed late. Stage 2 Drive for results: 3 of 4 done, 1 late."
    public var milestoneStory: String {
        milestones.stages.map { stage in
            let entries = milestones.entries.filter { $0.stage == stage.stage }
            let completedLate = entries.count { $0.status == .done && $0.daysLate > 0 }
            var parts = ["\(stage.done) of \(stage.total) done"]
            if completedLate > 0 { parts.append("\(completedLate) completed late") }
            if stage.late > 0 { parts.append("\(stage.late) late") }
            if stage.atRisk > 0 { parts.append("\(stage.atRisk) at risk") }
            return "Stage \(stage.stage) \(stage.name): \(parts.joined(separator: ", "))."
        }.joined(separator: " ")
    }
}
