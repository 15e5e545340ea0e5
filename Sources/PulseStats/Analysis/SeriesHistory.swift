import PulseModel

/// What one (group, measure) series remembers from earlier months, so that each month's changes, trend
/// and signals come from one update instead of re-collecting the series for every row.
///
/// A change compares the row's month with the group's previous month with data and with its first month
/// with data (the baseline); it is suppressed when either side is. Trends and signals use the shown
/// months up to and including the row's month, and are suppressed when the row's month is.
/// Benjamini–Hochberg adjustment is the period's business (`PeriodAnalysis`), not the series'.
struct SeriesHistory: Sendable {
    /// One earlier row of the series: enough to compute a change from it.
    private struct Point: Sendable {
        var period: Month
        var tally: MeasureTally
        var suppression: Suppression?
    }

    private var baseline: Point?
    private var previous: Point?
    /// Rows so far, shown or not.
    private var rowCount = 0
    /// The shown months, ascending, with their means, favorable counts and n.
    private var months: [Month] = []
    private var means: [Double] = []
    private var favorable: [Int] = []
    private var n: [Int] = []

    /// Sets the row's `sincePrevious`, `sinceBaseline`, `trend` and `signals` (changes not yet adjusted)
    /// and remembers the row. Rows must come in period order. Without `trends`, `trend` and `signals`
    /// stay nil (for a row nobody keeps; later rows' trends still see this one).
    mutating func annotate(_ row: inout FigureRow, tally: MeasureTally, trends: Bool = true) {
        let point = Point(period: row.period, tally: tally, suppression: row.figures.suppression)
        if let previous, let baseline {
            row.sincePrevious = Self.change(.previous, from: previous, to: point)
            row.sinceBaseline = Self.change(.baseline, from: baseline, to: point)
        }
        rowCount += 1
        if let hidden = point.suppression {
            row.trend = rowCount >= Trend.minimumMonths && trends ? .suppressed(hidden) : nil
            row.signals = trends ? .suppressed(hidden) : nil
        } else {
            months.append(row.period)
            means.append(tally.mean!)
            favorable.append(tally.favorable)
            n.append(tally.n)
            if trends {
                row.trend = Trend(months: months, means: means).map { .shown($0) }
                row.signals = .shown(SeriesSignals(months: months, means: means, favorable: favorable, n: n))
            }
        }
        if baseline == nil { baseline = point }
        previous = point
    }

    /// The change from an earlier row, before adjustment.
    private static func change(_ comparison: Comparison, from earlier: Point, to later: Point) -> Figure<Change>? {
        if let hidden = later.suppression ?? earlier.suppression { return .suppressed(hidden) }
        return Change(comparison, from: earlier.period, earlier: earlier.tally, later: later.tally).map { .shown($0) }
    }
}
