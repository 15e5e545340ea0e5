import PulseModel

/// The trend of one measure's monthly means up to a period: present when at least three months are shown.
///
/// x is the month number counted from the first month of the series, so slopes are per month.
public struct Trend: Hashable, Sendable {
    /// The fewest shown months a trend is fitted to.
    public static let minimumMonths = 3

    /// The months of the series (shown months only, ascending).
    public var months: [Month]
    /// Ordinary least squares: slope per month with its 95% interval and p.
    public var linear: LinearTrend
    /// Mann–Kendall test of a monotonic trend; nil when it cannot be computed.
    public var mannKendall: MannKendall?
    /// Theil–Sen slope per month (median of pairwise slopes) with its 95% interval.
    public var theilSen: TheilSen?

    public init(months: [Month], linear: LinearTrend, mannKendall: MannKendall?, theilSen: TheilSen?) {
        self.months = months
        self.linear = linear
        self.mannKendall = mannKendall
        self.theilSen = theilSen
    }

    /// Fits the series of (month, mean); nil below `minimumMonths` points or when OLS cannot be fitted.
    init?(months: [Month], means: [Double]) {
        guard months.count >= Self.minimumMonths, let first = months.first else { return nil }
        let x = months.map { Double(first.distance(to: $0)) }
        guard let linear = LinearTrend.fit(x: x, y: means) else { return nil }
        self.init(
            months: months, linear: linear, mannKendall: MannKendall.test(means), theilSen: TheilSen.fit(x: x, y: means)
        )
    }
}
