import PulseModel

extension StatsTable {
    /// Analyses a fold of a dataset's responses: figures per group, privacy (primary and, by default,
    /// complementary suppression), changes with their Benjamini–Hochberg families, trends, signals and
    /// reliability.
    ///
    /// A figure is shown when its n ≥ max(1, `Program.minGroupSize`); see `ComplementarySuppression` for
    /// the complementary rule. The same rows as `analyse(dataset:fold:options:keeping:each:)`, kept together.
    ///
    /// `keep` chooses the rows the table holds, and `trend` those of them with a trend and signals, for a
    /// report that reads only some of them (see `analyse(dataset:fold:options:keeping:trending:each:)`).
    ///
    /// - Complexity: O(periods × groups × measures) figures, plus O(months²) per trended row.
    public init(
        dataset: Dataset, fold: PulseFold, options: AnalysisOptions = AnalysisOptions(),
        keeping keep: @Sendable (Month, GroupKey, Measure) -> Bool = { _, _, _ in true },
        trending trend: @Sendable (Month, GroupKey, Measure) -> Bool = { _, _, _ in true }
    ) {
        var periods: [Month] = []
        // Each month's rows as handed over, joined once at the end: growing one array month after month
        // would copy the rows (and fault in fresh pages) at every doubling.
        var months: [[FigureRow]] = []
        var reliability: [ReliabilityRow] = []
        Self.analyse(dataset: dataset, fold: fold, options: options, keeping: keep, trending: trend) { period in
            if periods.last != period.period { periods.append(period.period) }
            months.append(period.rows)
            reliability += period.reliability
        }
        var rows: [FigureRow] = []
        rows.reserveCapacity(months.reduce(0) { $0 + $1.count })
        for index in months.indices {
            rows += months[index]
            months[index] = []  // each month's copy is freed as soon as it has been joined
        }
        self.init(
            periods: periods, measures: Measure.all(of: dataset.instrument).map { $0.name(in: dataset.instrument) },
            minimumGroupSize: dataset.program.minGroupSize, options: options, rows: rows, reliability: reliability)
    }

    /// Analyses a fold month by month, handing the rows to `each` in table order, in blocks of
    /// `AnalysisOptions.groupsPerBlock` groups, so a writer can stream them out without the table in
    /// memory. With `AnalysisOptions.longitudinal`, a month's changes are adjusted over the whole month
    /// before its first block (`MonthChanges`). Within a block the rows are built on every core; the output
    /// does not depend on it.
    ///
    /// `keep(period, group, measure)` chooses the rows handed over, for a report that reads only some of
    /// them. Every row is still analysed, so suppression and the adjusted changes are those of the whole
    /// table; trends and signals, which nothing else depends on, are computed only for kept rows that
    /// `trend(period, group, measure)` accepts too (the others have none).
    ///
    ///     try StatsTable.analyse(dataset: dataset, fold: fold) { block in try writer.write(block.rows) }
    ///
    /// - Complexity: as `init(dataset:fold:options:)`; memory O(groups) for a month's sizes and changes,
    ///   the cells and rows of one block and each series' shown months.
    public static func analyse(
        dataset: Dataset, fold: PulseFold, options: AnalysisOptions = AnalysisOptions(),
        keeping keep: @Sendable (Month, GroupKey, Measure) -> Bool = { _, _, _ in true },
        trending trend: @Sendable (Month, GroupKey, Measure) -> Bool = { _, _, _ in true },
        each: (PeriodAnalysis) throws -> Void
    ) rethrows {
        precondition(!options.roleBreakdowns || fold.keepsRoles, "role rows need a fold that keeps roles")
        let measures = Measure.all(of: dataset.instrument)
        let names = measures.map { $0.name(in: dataset.instrument) }
        let minimum = dataset.program.minGroupSize
        let staff = StaffCounts(dataset: dataset)
        // Every series' history, updated in place month after month: `measures.count` of them per group,
        // in the order the groups first appear; `slots` finds a group's first.
        var histories: [SeriesHistory] = []
        var slots: [GroupKey: Int] = [:]
        let periods = fold.months
        var changes = MonthChanges()  // the month's, adjusted before its first block
        try forEachBlock(dataset: dataset, fold: fold, options: options) {
            block in
            let (period, groups, cells) = (block.period, block.groups, block.cells())
            let rates = (0..<block.range.count).map { offset in
                staff.responseRate(of: groups.keys[block.range.lowerBound + offset], responses: cells[offset].responses)
            }
            if options.longitudinal && block.range.lowerBound == 0 {
                // Before the first month with series, no row has a change to adjust.
                changes =
                    histories.isEmpty
                    ? MonthChanges()
                    : adjustedChanges(
                        block, measures: measures, layout: fold.layout, histories: histories, slots: slots)
            }
            // Most groups appear in the first month: room for its series at once, not by doubling.
            if options.longitudinal && histories.isEmpty && !block.isLastPeriod {
                histories.reserveCapacity(groups.keys.count * measures.count)
            }
            // A group's series, by the slot of its first; −1 for a group new in the last month analysed,
            // whose series serve its rows of that month only and are not kept.
            let slot: [Int] =
                options.longitudinal
                ? block.range.map { index -> Int in
                    let key = groups.keys[index]
                    if let slot = slots[key] { return slot }
                    if block.isLastPeriod { return -1 }
                    slots[key] = histories.count
                    // A series remembers its shown months only when a row of it will get a trend.
                    histories += measures.map { measure in
                        SeriesHistory(
                            tracksShownMonths: periods.contains { keep($0, key, measure) && trend($0, key, measure) },
                            months: periods.count)
                    }
                    return histories.count - measures.count
                } : []
            // Per (group, measure), a range of them on each core: the row when it is kept, annotated by its
            // series and given its adjusted changes (each series updated by one iteration).
            let monthChanges = changes
            let parts = histories.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let states = buffer
                return concurrentRanges(block.range.count * measures.count) { flats in
                    var kept: [FigureRow] = []
                    for flat in flats {
                        let (offset, m) = flat.quotientAndRemainder(dividingBy: measures.count)
                        let index = block.range.lowerBound + offset
                        let group = groups.keys[index]
                        guard keep(period, group, measures[m]) else {
                            // A row nobody keeps is only remembered by its series (its changes are adjusted).
                            if options.longitudinal && slot[offset] >= 0 {
                                let moments = fold.layout.moments(measures[m], in: cells[offset])
                                let suppression = block.hiddenCause(measure: m, group: index, n: moments.n).map {
                                    Suppression(n: moments.n, minimum: minimum, cause: $0)
                                }
                                states[slot[offset] + m].remember(
                                    period: period, moments: moments, suppression: suppression)
                            }
                            continue
                        }
                        let tally = fold.layout.tally(measures[m], in: cells[offset])
                        let figures: Figure<MeasureFigures> =
                            if let cause = block.hiddenCause(measure: m, group: index, n: tally.n) {
                                .suppressed(Suppression(n: tally.n, minimum: minimum, cause: cause))
                            } else {
                                .shown(MeasureFigures(tally)!)
                            }
                        var row = FigureRow(
                            period: period, group: group, measure: names[m], measureRef: measures[m],
                            n: tally.n, responses: cells[offset].responses, responseRate: rates[offset],
                            figures: figures)
                        if options.longitudinal {
                            let trends = trend(period, group, measures[m])
                            if slot[offset] >= 0 {
                                states[slot[offset] + m].annotate(&row, moments: tally.moments, trends: trends)
                            } else {
                                var series = SeriesHistory(tracksShownMonths: trends, months: 1)
                                series.annotate(&row, moments: tally.moments, trends: trends)
                            }
                            let monthRow = index * measures.count + m
                            row.sincePrevious = row.sincePrevious?.adjusted(
                                to: monthChanges.adjustedP(.previous, row: monthRow))
                            row.sinceBaseline = row.sinceBaseline?.adjusted(
                                to: monthChanges.adjustedP(.baseline, row: monthRow))
                        }
                        kept.append(row)
                    }
                    return kept
                }
            }
            // The last month's series are not needed again: keeping them would only add to the peak.
            if block.isLastPeriod && block.range.upperBound == groups.keys.count {
                histories = []
                slots = [:]
            }
            try each(
                PeriodAnalysis(
                    period: period, rows: parts.flatMap { $0 },
                    reliability: options.reliability
                        ? reliability(groups, block.range, cells, period: period, fold: fold, dataset: dataset) : []))
        }
    }

    /// The changes of every row of a block's month adjusted over their families: each group's cell is read
    /// and dropped, a range of groups on each core, and each series' history is only read (a group new this
    /// month has none, so no changes).
    private static func adjustedChanges(
        _ block: MonthBlock, measures: [Measure], layout: FoldLayout, histories: [SeriesHistory],
        slots: [GroupKey: Int]
    ) -> MonthChanges {
        let groups = block.groups
        let pValues: [ChangePValues] = concurrentRows(groups.keys.count, width: measures.count) { index, row in
            guard let slot = slots[groups.keys[index]] else {
                row.update(repeating: ChangePValues())
                return
            }
            let cell = groups.cell(index)
            for (m, measure) in measures.enumerated() {
                let moments = layout.moments(measure, in: cell)
                let shown = block.hiddenCause(measure: m, group: index, n: moments.n) == nil
                row[m] = histories[slot + m].welchP(moments: moments, shown: shown)
            }
        }
        return MonthChanges(pValues)
    }

    /// Cronbach's alpha per dimension of every all-staff group of a block of a month's groups (`cells`:
    /// the block's cells).
    private static func reliability(
        _ groups: GroupCells, _ block: Range<Int>, _ cells: [CellAccumulator], period: Month, fold: PulseFold,
        dataset: Dataset
    ) -> [ReliabilityRow] {
        let instrument = dataset.instrument
        return block.filter { groups.keys[$0].role == nil }.flatMap { index in
            instrument.dimensions.indices.map { d in
                ReliabilityRow(
                    period: period, group: groups.keys[index], dimension: instrument.dimensions[d].name,
                    tally: fold.layout.reliability(ofDimension: d, in: cells[index - block.lowerBound]),
                    items: instrument.dimensions[d].itemIndices.map { instrument.items[$0].id },
                    minimum: dataset.program.minGroupSize)
            }
        }
    }
}

/// Staff counts per group, the denominators of response rates.
private struct StaffCounts: Sendable {
    var program = 0
    var clusters: [String: Int] = [:]
    var schools: [String: Int] = [:]

    init(dataset: Dataset) {
        for school in dataset.schools {
            program += school.staffCount
            clusters[school.clusterID, default: 0] += school.staffCount
            schools[school.id, default: 0] += school.staffCount
        }
    }

    /// responses ÷ staff; nil for role rows and when the group has no staff on record.
    func responseRate(of key: GroupKey, responses: Int) -> Double? {
        guard key.role == nil else { return nil }
        let staff =
            switch key.level {
            case .program: program
            case .cluster: clusters[key.group] ?? 0
            case .school: schools[key.group] ?? 0
            }
        return staff > 0 ? Double(responses) / Double(staff) : nil
    }
}
