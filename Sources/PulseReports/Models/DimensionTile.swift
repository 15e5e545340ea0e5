import PulseModel
import PulseStats

/// One dimension of one group at the report month: score, favorable %, n, changes since last month and
/// since baseline with their verdicts, and the monthly history for a sparkline.
///
/// A suppressed month carries only its `Suppression`; nothing derived from its answers reaches the tile.
public struct DimensionTile: Hashable, Sendable {
    /// The shown figures of the month.
    public struct Score: Hashable, Sendable {
        public var mean: Double
        /// 95% t interval of the mean.
        public var meanInterval: Interval?
        /// 0–100.
        public var favorablePercent: Double
        public var n: Int
    }

    /// One month of the history: nil when the group had no responses that month.
    public struct MonthValue: Hashable, Sendable {
        public var month: Month
        public var programMonth: Int
        public var mean: Figure<Double>?
    }

    public var dimension: String
    /// nil when the group has no responses in the report month.
    public var score: Figure<Score>?
    public var sincePrevious: Figure<ChangeSummary>?
    public var sinceBaseline: Figure<ChangeSummary>?
    /// Program start to the report month.
    public var history: [MonthValue]
    /// The change since last month in words (or since baseline when there is no previous month).
    public var takeaway: Takeaway

    public init(_ input: ReportInput, group: GroupKey, dimension: String) {
        let table = input.table
        let row = table.row(period: input.month, level: group.level, group: group.group, measure: dimension)
        self.dimension = dimension
        score = row.map { row in
            row.figures.map {
                Score(mean: $0.mean, meanInterval: $0.meanInterval, favorablePercent: $0.favorablePercent, n: row.n)
            }
        }
        sincePrevious = ChangeSummary.of(row, .previous)
        sinceBaseline = ChangeSummary.of(row, .baseline)
        let series = Dictionary(
            table.series(level: group.level, group: group.group, measure: dimension).map { ($0.period, $0) },
            uniquingKeysWith: { first, _ in first })
        history = input.monthsToDate.map { month in
            MonthValue(
                month: month, programMonth: input.program.programMonth(of: month),
                mean: series[month].map { $0.figures.map(\.mean) })
        }
        switch score {
        case nil: takeaway = Takeaway("\(dimension): no responses in \(input.month.longName).")
        case .suppressed(let why)?: takeaway = Takeaway("\(dimension): \(why.label), so no figures are shown.")
        case .shown?: takeaway = Takeaway.change(dimension, sincePrevious)
        }
    }
}
