/// The figures of one measure for one group and month, on the answer scale (percentages 0–100).
///
/// Derived exactly from a `MeasureTally`: mean = s1/(L·n), sd = √variance (n − 1), standard error =
/// sd/√n, a 95% t interval of the mean, the median of the score histogram, and the favorable share with
/// its 95% Wilson interval.
public struct MeasureFigures: Hashable, Sendable {
    public var mean: Double
    /// Sample standard deviation (n − 1); nil below two respondents.
    public var sd: Double?
    /// sd / √n; nil below two respondents.
    public var standardError: Double?
    /// 95% confidence interval of the mean (Student t, n − 1 df); nil below two respondents.
    public var meanInterval: Interval?
    public var median: Double
    /// 100 × favorable / n.
    public var favorablePercent: Double
    /// 95% Wilson interval of the favorable share, in percent.
    public var favorableInterval: Interval?
    public var neutralPercent: Double
    public var unfavorablePercent: Double

    public init(
        mean: Double, sd: Double?, standardError: Double?, meanInterval: Interval?, median: Double,
        favorablePercent: Double, favorableInterval: Interval?, neutralPercent: Double, unfavorablePercent: Double
    ) {
        self.mean = mean
        self.sd = sd
        self.standardError = standardError
        self.meanInterval = meanInterval
        self.median = median
        self.favorablePercent = favorablePercent
        self.favorableInterval = favorableInterval
        self.neutralPercent = neutralPercent
        self.unfavorablePercent = unfavorablePercent
    }

    /// The figures of a tally; nil without respondents.
    public init?(_ tally: MeasureTally) {
        guard let mean = tally.mean, let favorable = tally.favorablePercent,
            let neutral = tally.neutralPercent, let unfavorable = tally.unfavorablePercent,
            let median = tally.median
        else { return nil }
        let summary = tally.summary
        self.init(
            mean: mean, sd: tally.standardDeviation, standardError: summary.map(\.standardError),
            meanInterval: summary.flatMap { MeanInterval.t($0) }, median: median,
            favorablePercent: favorable,
            favorableInterval: WilsonInterval.interval(successes: tally.favorable, n: tally.n).map {
                Interval(lower: 100 * $0.lower, upper: 100 * $0.upper)
            },
            neutralPercent: neutral, unfavorablePercent: unfavorable)
    }
}

extension MeasureTally {
    /// n, mean and variance for the tests and intervals of `Methods`; nil below two respondents.
    public var summary: SampleSummary? { moments.summary }
}

extension ScoreMoments {
    /// n, mean and variance for the tests and intervals of `Methods`; nil below two respondents.
    public var summary: SampleSummary? {
        guard let mean, let variance else { return nil }
        return SampleSummary(n: n, mean: mean, variance: variance)
    }
}
