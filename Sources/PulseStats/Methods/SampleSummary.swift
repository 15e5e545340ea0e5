/// The n, mean and variance (with n − 1) of a sample: what every test here needs.
///
/// Accumulators build it from exact sufficient statistics; the tests in this folder never see raw answers.
///
///     let s = SampleSummary(n: 4, mean: 3.5, variance: 1.666_666_666_666_666_7)
///     s.sd              // 1.2909944487358056
///     s.standardError   // 0.6454972243679028
public struct SampleSummary: Hashable, Sendable {
    /// The number of observations.
    public var n: Int
    /// The arithmetic mean.
    public var mean: Double
    /// The sample variance, Σ(x − x̄)² / (n − 1); 0 when n < 2.
    public var variance: Double

    public init(n: Int, mean: Double, variance: Double) {
        self.n = n
        self.mean = mean
        self.variance = variance
    }

    /// The summary of a list of values, by Welford's one-pass update (numerically stable).
    ///
    /// - Complexity: O(n).
    public init(_ values: [Double]) {
        var mean = 0.0
        var m2 = 0.0
        for (index, x) in values.enumerated() {
            let delta = x - mean
            mean += delta / Double(index + 1)
            m2 += delta * (x - mean)
        }
        self.init(n: values.count, mean: mean, variance: values.count > 1 ? m2 / Double(values.count - 1) : 0)
    }

    /// The standard deviation, √variance (0 for a negative or non-finite variance, which only rounding can give).
    public var sd: Double { variance > 0 && variance.isFinite ? variance.squareRoot() : 0 }

    /// The standard error of the mean, sd / √n; +∞ when n < 1 (no information about the mean).
    public var standardError: Double { n > 0 ? sd / Double(n).squareRoot() : .infinity }
}
