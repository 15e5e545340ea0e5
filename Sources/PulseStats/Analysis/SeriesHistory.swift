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
        var moments: ScoreMoments
        var suppression: Suppression?
    }

    /// Whether the shown months are remembered: only a series with a row that gets a trend needs them.
    private let tracksShownMonths: Bool
    private var baseline: Point?
    private var previous: Point?
    /// Rows so far, shown or not.
    private var rowCount = 0
    /// The shown months, ascending, with their means, favorable counts and n (when tracked).
    private var months: [Month] = []
    private var means: [Double] = []
    private var favorable: [Int] = []
    private var n: [Int] = []

    /// The most months the series can have: room for them is made at its first shown month.
    private let monthCapacity: Int

    /// A series without rows yet, of at most `months` months. Without `tracksShownMonths` no row of it may
    /// ask for a trend.
    init(tracksShownMonths: Bool, months: Int) {
        self.tracksShownMonths = tracksShownMonths
        self.monthCapacity = months
    }

    /// Sets the row's `sincePrevious`, `sinceBaseline`, `trend` and `signals` (changes not yet adjusted)
    /// and remembers the row. Rows must come in period order. Without `trends`, `trend` and `signals`
    /// stay nil (for a row nobody keeps; later rows' trends still see this one).
    mutating func annotate(_ row: inout FigureRow, moments: ScoreMoments, trends: Bool = true) {
        precondition(tracksShownMonths || !trends, "a trend of a series that does not track its months")
        let point = Point(period: row.period, moments: moments, suppression: row.figures.suppression)
        if let previous, let baseline {
            row.sincePrevious = Self.change(.previous, from: previous, to: point)
            row.sinceBaseline = Self.change(.baseline, from: baseline, to: point)
        }
        remember(point)
        if let hidden = point.suppression {
            row.trend = rowCount >= Trend.minimumMonths && trends ? .suppressed(hidden) : nil
            row.signals = trends ? .suppressed(hidden) : nil
        } else if trends {
            row.trend = Trend(months: months, means: means).map { .shown($0) }
            row.signals = .shown(SeriesSignals(months: months, means: means, favorable: favorable, n: n))
        }
    }

    /// The Welch p of the two changes of the series' next row (nil where a change is suppressed or has no
    /// Welch test): the `welch` p values `annotate` gives that row, without the row and without
    /// remembering it. `shown`: whether the row's figures are shown.
    func welchP(moments: ScoreMoments, shown: Bool) -> ChangePValues {
        guard let previous, let baseline, shown else { return ChangePValues() }
        return ChangePValues(
            previous: Self.welchP(from: previous, to: moments), baseline: Self.welchP(from: baseline, to: moments))
    }

    /// Remembers a row nobody keeps (its changes' p values come from `welchP(moments:shown:)`).
    mutating func remember(period: Month, moments: ScoreMoments, suppression: Suppression?) {
        remember(Point(period: period, moments: moments, suppression: suppression))
    }

    /// Counts a row and makes it the previous one (and the baseline when it is the first).
    private mutating func remember(_ point: Point) {
        rowCount += 1
        if tracksShownMonths, point.suppression == nil {
            if months.isEmpty {  // each array allocated once, at its size: no doubling, no slack
                months.reserveCapacity(monthCapacity)
                means.reserveCapacity(monthCapacity)
                favorable.reserveCapacity(monthCapacity)
                n.reserveCapacity(monthCapacity)
            }
            months.append(point.period)
            means.append(point.moments.mean!)
            favorable.append(point.moments.favorable)
            n.append(point.moments.n)
        }
        if baseline == nil { baseline = point }
        previous = point
    }

    /// The change from an earlier row, before adjustment.
    private static func change(_ comparison: Comparison, from earlier: Point, to later: Point) -> Figure<Change>? {
        if let hidden = later.suppression ?? earlier.suppression { return .suppressed(hidden) }
        return Change(comparison, from: earlier.period, earlier: earlier.moments, later: later.moments)
            .map { .shown($0) }
    }

    /// The Welch p of the change from an earlier row to a shown one; nil when the earlier row is suppressed
    /// or the change has no Welch test.
    private static func welchP(from earlier: Point, to later: ScoreMoments) -> Double? {
        guard earlier.suppression == nil else { return nil }
        return Change.welch(earlier: earlier.moments, later: later)?.pValue
    }
}
