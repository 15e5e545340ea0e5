/// The t confidence interval of a mean.
///
/// x̄ ± t_{(1+c)/2, n−1} · s/√n. Matches `scipy.stats.t.interval(c, n - 1, loc=mean, scale=sd/sqrt(n))`.
public enum MeanInterval {
    /// The interval at `confidence` (in 0…1, exclusive); nil when n < 2 or an input is not finite.
    /// A sample with variance 0 gives the degenerate interval [x̄, x̄].
    public static func t(_ s: SampleSummary, confidence: Double = 0.95) -> Interval? {
        guard s.n >= 2, s.mean.isFinite, s.variance.isFinite, confidence > 0, confidence < 1 else { return nil }
        let halfWidth = StudentT.quantile((1 + confidence) / 2, df: Double(s.n - 1)) * s.standardError
        return Interval(lower: s.mean - halfWidth, upper: s.mean + halfWidth)
    }
}
