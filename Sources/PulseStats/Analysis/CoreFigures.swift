import PulseModel

/// The figures of one (period, group, measure) that the data contract names: what
/// `pulse stats --columns core` writes, without the rest of a `FigureRow`.
///
///     try StatsTable.analyseCore(dataset: dataset, fold: fold) { rows in try writer.write(rows) }
public struct CoreFigures: Hashable, Sendable {
    public var period: Month
    public var group: GroupKey
    /// The measure's name: a dimension name or an item id.
    public var measure: String
    /// Respondents with a score on the measure (shown even when the figures are hidden).
    public var n: Int
    /// nil when the figures are suppressed (`sd` also below two respondents).
    public var mean: Double?
    public var sd: Double?
    public var favorablePercent: Double?
    public var isSuppressed: Bool

    /// The contract's figures of a full row.
    public init(_ row: FigureRow) {
        let shown = row.figures.value
        self.init(
            period: row.period, group: row.group, measure: row.measure, n: row.n, mean: shown?.mean, sd: shown?.sd,
            favorablePercent: shown?.favorablePercent, isSuppressed: row.figures.isSuppressed)
    }

    /// The figures of a measure's sums, shown or hidden: the values `MeasureFigures` gives a shown row.
    init(period: Month, group: GroupKey, measure: String, moments: ScoreMoments, shown: Bool) {
        self.init(
            period: period, group: group, measure: measure, n: moments.n, mean: shown ? moments.mean : nil,
            sd: shown ? moments.standardDeviation : nil, favorablePercent: shown ? moments.favorablePercent : nil,
            isSuppressed: !shown)
    }

    public init(
        period: Month, group: GroupKey, measure: String, n: Int, mean: Double?, sd: Double?,
        favorablePercent: Double?, isSuppressed: Bool
    ) {
        self.period = period
        self.group = group
        self.measure = measure
        self.n = n
        self.mean = mean
        self.sd = sd
        self.favorablePercent = favorablePercent
        self.isSuppressed = isSuppressed
    }
}

extension StatsTable {
    /// The contract's figures of a fold, month by month and a block of `AnalysisOptions.groupsPerBlock`
    /// groups at a time, in table order: the rows of `analyse(dataset:fold:options:each:)` read through
    /// `CoreFigures.init(_:)`, without building a `FigureRow` (its intervals, median, changes, trends
    /// and signals). `options.longitudinal` and `options.reliability` play no part.
    ///
    /// - Complexity: O(periods × groups × measures); memory O(groups) for a month's cells and sizes, and
    ///   the rows of one block.
    public static func analyseCore(
        dataset: Dataset, fold: PulseFold, options: AnalysisOptions = AnalysisOptions(),
        each: ([CoreFigures]) throws -> Void
    ) rethrows {
        precondition(!options.roleBreakdowns || fold.keepsRoles, "role rows need a fold that keeps roles")
        let measures = Measure.all(of: dataset.instrument)
        let names = measures.map { $0.name(in: dataset.instrument) }
        let layout = fold.layout
        try forEachBlock(dataset: dataset, fold: fold, options: options, groupsPerBlock: options.groupsPerBlock) {
            block in
            try each(
                concurrentMap(block.range.count * measures.count) { flat in
                    let (offset, m) = flat.quotientAndRemainder(dividingBy: measures.count)
                    let index = block.range.lowerBound + offset
                    return CoreFigures(
                        period: block.period, group: block.groups.keys[index], measure: names[m],
                        moments: layout.moments(measures[m], in: block.cells[offset]),
                        shown: block.hidden[m][index] == nil
                    )
                })
        }
    }
}
