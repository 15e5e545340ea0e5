import PulseModel

/// Run-chart and control-chart signals on one measure's monthly series up to a period: the language of
/// improvement teams.
///
/// Rules on the series of means: run-chart shift, trend, runs and astronomical point; XmR (individuals)
/// chart points beyond the limits and moving ranges beyond their limit. On the favorable counts: the
/// p-chart's points beyond their limits. Every rule is listed with its outcome, including
/// `.notEnoughPoints`, so a report can say "not enough points yet". Only shown months enter a series.
public struct SeriesSignals: Hashable, Sendable {
    /// One rule and what it found.
    public struct Outcome: Hashable, Sendable {
        public var rule: Signal.Rule
        public var outcome: RuleOutcome
    }

    /// The months of the series, ascending; signal indices point into it.
    public var months: [Month]
    /// Monthly means.
    public var means: [Double]
    /// The XmR chart of the means; nil below `XmRChart.minimumPoints`.
    public var xmr: XmRChart?
    /// The p-chart of the favorable share; nil when it cannot be fitted.
    public var pChart: PChart?
    /// In the order shift, trend, runs, astronomical, beyondLimits, movingRangeBeyondLimit, pChartBeyondLimits.
    public var outcomes: [Outcome]

    /// The signals of a series of (month, mean, favorable count, n).
    init(months: [Month], means: [Double], favorable: [Int], n: [Int]) {
        self.months = months
        self.means = means
        let xmr = XmRChart.fit(means)
        let pChart = PChart.fit(successes: favorable, n: n)
        self.xmr = xmr
        self.pChart = pChart
        let unfitted = RuleOutcome.notEnoughPoints(needed: XmRChart.minimumPoints, have: means.count)
        outcomes = [
            Outcome(rule: .shift, outcome: RunChart.shift(means)),
            Outcome(rule: .trend, outcome: RunChart.trend(means)),
            Outcome(rule: .runs, outcome: RunChart.runs(means)),
            Outcome(rule: .astronomical, outcome: RunChart.astronomical(means)),
            Outcome(rule: .beyondLimits, outcome: xmr?.beyondLimits(means) ?? unfitted),
            Outcome(rule: .movingRangeBeyondLimit, outcome: xmr?.movingRangeBeyondLimit(means) ?? unfitted),
            Outcome(
                rule: .pChartBeyondLimits,
                outcome: pChart?.beyondLimits(successes: favorable, n: n)
                    ?? .notEnoughPoints(needed: PChart.minimumPoints, have: favorable.count)),
        ]
    }

    /// The signals found, over all rules.
    public var signals: [Signal] {
        outcomes.flatMap { item -> [Signal] in
            if case .signals(let found) = item.outcome { return found }
            return []
        }
    }
}
