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
    /// - Complexity: O(periods × groups × measures), when the blocks' numbers are read; memory O(groups)
    ///   for a month's cells and sizes.
    public static func analyseCore(
        dataset: Dataset, fold: PulseFold, options: AnalysisOptions = AnalysisOptions(),
        each: (CoreBlock) throws -> Void
    ) rethrows {
        precondition(!options.roleBreakdowns || fold.keepsRoles, "role rows need a fold that keeps roles")
        let measures = Measure.all(of: dataset.instrument)
        let names = measures.map { $0.name(in: dataset.instrument) }
        let layout = fold.layout
        try forEachBlock(dataset: dataset, fold: fold, options: options) {
            block in
            try each(CoreBlock(block, layout: layout, measures: measures, names: names))
        }
    }
}
