import PulseModel

/// A block of one month's groups, as both analyses of a fold (`StatsTable.analyse` and
/// `StatsTable.analyseCore`) walk them: the month's groups, who is hidden, and the block's cells.
struct MonthBlock {
    let period: Month
    /// Whether no month analysed comes after `period`.
    let isLastPeriod: Bool
    /// Every group of the month with responses.
    let groups: GroupCells
    /// The block: positions in `groups.keys`.
    let range: Range<Int>
    /// The cells of the groups of `range`, in order.
    let cells: [CellAccumulator]
    /// Per measure, per group of the month: why its figures are hidden, nil when they are shown.
    let hidden: [[Suppression.Cause?]]
}

extension StatsTable {
    /// Walks a fold month by month (the months `options.period` asks for): each month's groups and who
    /// is hidden (primary suppression, and complementary suppression over the whole month, which needs
    /// every group's n), then the groups a block of `groupsPerBlock` at a time (nil: the month in one
    /// block) with their cells.
    static func forEachBlock(
        dataset: Dataset, fold: PulseFold, options: AnalysisOptions, groupsPerBlock: Int?,
        body: (MonthBlock) throws -> Void
    ) rethrows {
        let measures = Measure.all(of: dataset.instrument)
        let minimum = dataset.program.minGroupSize
        let clusterOfSchool = Dictionary(dataset.schools.map { ($0.id, $0.clusterID) }) { first, _ in first }
        let periods = fold.months.filter { month in
            options.period.map { month == $0 || (options.longitudinal && month < $0) } ?? true
        }
        let layout = fold.layout
        for period in periods {
            let groups = GroupCells(
                month: fold.slots(in: period), fold: fold, dataset: dataset, roles: options.roleBreakdowns)
            let suppression = ComplementarySuppression(
                partitions: options.suppression == .complementary
                    ? groups.partitions(clusterOfSchool: clusterOfSchool) : [])
            let order = Array(groups.keys.indices)
            // Per group, per measure: its respondents, flat and in 32 bits (a month of 40,000 schools has
            // over a million); a group of more than 4 billion stops the program.
            let respondents: [UInt32] = concurrentRows(groups.keys.count, width: measures.count) { index, n in
                let cell = groups.cell(index)
                for (m, measure) in measures.enumerated() { n[m] = UInt32(layout.respondents(measure, in: cell)) }
            }
            let hidden = concurrentMap(measures.count) { m in
                let n = groups.keys.indices.map { Int(respondents[$0 * measures.count + m]) }
                var hidden: [Suppression.Cause?] = n.map { $0 < max(1, minimum) ? .primary : nil }
                suppression.apply(n: n, order: order, hidden: &hidden)
                return hidden
            }
            let blockSize = max(1, groupsPerBlock ?? groups.keys.count)
            for start in stride(from: 0, to: groups.keys.count, by: blockSize) {
                let range = start..<min(start + blockSize, groups.keys.count)
                try body(
                    MonthBlock(
                        period: period, isLastPeriod: period == periods.last, groups: groups, range: range,
                        cells: concurrentMap(range.count) { groups.cell(range.lowerBound + $0) }, hidden: hidden))
            }
        }
    }
}
