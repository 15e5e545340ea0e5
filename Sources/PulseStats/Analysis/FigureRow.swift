import PulseModel

/// Every figure of one measure for one group in one month: the unit of `StatsTable`.
///
/// `n`, `responses` and `responseRate` are always given (PRODUCT.md: a hidden group's n may be shown);
/// everything derived from the answers comes as a `Figure`, shown or suppressed.
public struct FigureRow: Hashable, Sendable {
    /// The month.
    public var period: Month
    /// Level, group id and role (nil = all staff).
    public var group: GroupKey
    /// The measure's name: a dimension name or an item id.
    public var measure: String
    /// The measure by its position in the instrument.
    public var measureRef: Measure
    /// Respondents with a score on this measure (answers given, for an item).
    public var n: Int
    /// Respondents of the group this month, whatever they answered.
    public var responses: Int
    /// responses ÷ staff count of the group's schools; nil for role rows and when the staff count is 0.
    public var responseRate: Double?
    /// Mean, sd, intervals, median and favorable / neutral / unfavorable %.
    public var figures: Figure<MeasureFigures>
    /// The change since the group's previous month with data; nil when there is none or
    /// `AnalysisOptions.longitudinal` is off. Suppressed when either month is.
    public var sincePrevious: Figure<Change>?
    /// The change since the group's first month with data; nil in that month itself.
    public var sinceBaseline: Figure<Change>?
    /// The trend over the shown months up to this one; nil below three months. Suppressed when this
    /// month is.
    public var trend: Figure<Trend>?
    /// Run-chart and control-chart signals over the shown months up to this one. Suppressed when this
    /// month is.
    public var signals: Figure<SeriesSignals>?

    /// The level of the group.
    public var level: Level { group.level }
    /// The role, nil for all staff.
    public var role: String? { group.role }

    /// The change of one comparison kind.
    public func change(_ comparison: Comparison) -> Figure<Change>? {
        comparison == .previous ? sincePrevious : sinceBaseline
    }
}
