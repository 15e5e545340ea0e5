import PulseModel

/// A block of one month's groups, as both analyses of a fold (`StatsTable.analyse` and
/// `StatsTable.analyseCore`) walk them: the month's groups, who is hidden, and where the block's cells are.
struct MonthBlock {
    let period: Month
    /// Whether no month analysed comes after `period`.
    let isLastPeriod: Bool
    /// Every group of the month with responses.
    let groups: GroupCells
    /// The block: positions in `groups.keys`.
    let range: Range<Int>
    /// Who is hidden: by the month's list, or (primary suppression alone) by each figure's own n.
    let hidden: Hidden

    enum Hidden {
        /// Per measure, per group of the month: why its figures are hidden, nil when they are shown.
        case listed([[Suppression.Cause?]])
        /// A figure is hidden when its n is under this: primary suppression alone, which needs no pass
        /// over the month's groups before the first block.
        case below(Int)
    }

    /// The cells of the groups of `range`, in order, made on every core.
    func cells() -> [CellAccumulator] {
        let (groups, range) = (self.groups, self.range)
        return concurrentMap(range.count) { groups.cell(range.lowerBound + $0) }
    }

    /// Why the figures of measure `m` of the group at `index` in `groups.keys` are hidden, nil when they
    /// are shown; `n` is the figure's respondents.
    func hiddenCause(measure m: Int, group index: Int, n: Int) -> Suppression.Cause? {
        switch hidden {
        case .listed(let causes): causes[m][index]
        case .below(let minimum): n < minimum ? .primary : nil
        }
    }
}

extension StatsTable {
    /// Walks a fold month by month (the months `options.period` asks for): each month's groups and who
    /// is hidden (primary suppression, and complementary suppression over the whole month, which needs
    /// every group's n), then the groups a block of `options.groupsPerBlock` at a time (nil: the month in one
    /// block) with their cells.
    static func forEachBlock(
        dataset: Dataset, fold: PulseFold, options: AnalysisOptions,
        body: (MonthBlock) throws -> Void
    ) rethrows {
        let measures = Measure.all(of: dataset.instrument)
        let minimum = dataset.program.minGroupSize
        // Only complementary suppression looks a school's cluster up by its id.
        let clusterOfSchool =
            options.suppression == .complementary
            ? Dictionary(dataset.schools.map { ($0.id, $0.clusterID) }) { first, _ in first } : [:]
        let periods = fold.months.filter { month in
            options.period.map { month == $0 || (options.longitudinal && month < $0) } ?? true
        }
        let layout = fold.layout
        let clusters = GroupCells.SchoolClusters(dataset)
        for period in periods {
            let groups = GroupCells(
                month: fold.slots(in: period), fold: fold, dataset: dataset, clusters: clusters,
                roles: options.roleBreakdowns)
            let hidden: MonthBlock.Hidden =
                options.suppression == .complementary
                ? .listed(
                    Self.hidden(
                        groups, measures: measures, layout: layout, minimum: minimum,
                        partitions: groups.partitions(clusterOfSchool: clusterOfSchool)))
                : .below(max(1, minimum))
            let blockSize = max(1, options.groupsPerBlock ?? groups.keys.count)
            for start in stride(from: 0, to: groups.keys.count, by: blockSize) {
                let range = start..<min(start + blockSize, groups.keys.count)
                try body(
                    MonthBlock(
                        period: period, isLastPeriod: period == periods.last, groups: groups, range: range,
                        hidden: hidden))
            }
        }
    }

    /// Per measure, per group of a month: why its figures are hidden (primary, then complementary
    /// suppression over `partitions`), nil when they are shown.
    private static func hidden(
        _ groups: GroupCells, measures: [Measure], layout: FoldLayout, minimum: Int,
        partitions: [ComplementarySuppression.Partition]
    ) -> [[Suppression.Cause?]] {
        let suppression = ComplementarySuppression(partitions: partitions)
        let order = Array(groups.keys.indices)
        // Per group, per measure: its respondents, flat and in 32 bits (a month of 40,000 schools has
        // over a million); a group of more than 4 billion stops the program.
        let respondents: [UInt32] = concurrentRows(groups.keys.count, width: measures.count) { index, n in
            let cell = groups.cell(index)
            for (m, measure) in measures.enumerated() { n[m] = UInt32(layout.respondents(measure, in: cell)) }
        }
        return concurrentMap(measures.count) { m in
            let n = groups.keys.indices.map { Int(respondents[$0 * measures.count + m]) }
            var hidden: [Suppression.Cause?] = n.map { $0 < max(1, minimum) ? .primary : nil }
            suppression.apply(n: n, order: order, hidden: &hidden)
            return hidden
        }
    }
}
