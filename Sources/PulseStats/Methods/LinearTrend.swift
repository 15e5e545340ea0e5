/// An ordinary least-squares line y = intercept + slope · x, with a t interval and a test for the slope.
///
/// slope = Sxy/Sxx, intercept = ȳ − slope · x̄, r = Sxy/√(Sxx Syy),
/// se(slope) = √((1 − r²) Syy / Sxx / (n − 2)), t = r √((n − 2)/((1 − r)(1 + r))), p = 2 P(T_{n−2} ≤ −|t|),
/// interval = slope ± t_{(1+c)/2, n−2} · se(slope). Matches `scipy.stats.linregress(x, y)` (slope, intercept,
/// pvalue, stderr, computed the same way) and `scipy.stats.t.ppf` for the interval.
public struct LinearTrend: Hashable, Sendable {
    public var slope: Double
    public var intercept: Double
    /// The confidence interval of the slope.
    public var slopeInterval: Interval
    /// The standard error of the slope.
    public var slopeStandardError: Double
    /// The two-sided p-value of slope = 0.
    public var pValue: Double

    public init(slope: Double, intercept: Double, slopeInterval: Interval, slopeStandardError: Double, pValue: Double) {
        self.slope = slope
        self.intercept = intercept
        self.slopeInterval = slopeInterval
        self.slopeStandardError = slopeStandardError
        self.pValue = pValue
    }

    /// The fit; nil when the lengths differ, n < 3, a value is not finite, or x or y is constant
    /// (scipy returns NaN for a constant y; here there is no test to report).
    ///
    /// - Complexity: O(n).
    public static func fit(x: [Double], y: [Double], confidence: Double = 0.95) -> LinearTrend? {
        let n = x.count
        guard n == y.count, n >= 3, confidence > 0, confidence < 1,
            x.allSatisfy(\.isFinite), y.allSatisfy(\.isFinite)
        else { return nil }
        let count = Double(n)
        let xMean = x.reduce(0, +) / count
        let yMean = y.reduce(0, +) / count
        var sxx = 0.0
        var sxy = 0.0
        var syy = 0.0
        for (xi, yi) in zip(x, y) {
            let dx = xi - xMean
            let dy = yi - yMean
            sxx += dx * dx
            sxy += dx * dy
            syy += dy * dy
        }
        sxx /= count
        sxy /= count
        syy /= count
        guard sxx > 0, syy > 0 else { return nil }
        let r = min(max(sxy / (sxx * syy).squareRoot(), -1), 1)
        let slope = sxy / sxx
        let df = count - 2
        let tiny = 1e-20  // scipy's guard against division by zero for a perfect fit
        let t = r * (df / ((1 - r + tiny) * (1 + r + tiny))).squareRoot()
        let pValue = 2 * StudentT.cdf(-abs(t), df: df)
        let standardError = ((1 - r * r) * syy / sxx / df).squareRoot()
        let halfWidth = StudentT.quantile((1 + confidence) / 2, df: df) * standardError
        return LinearTrend(
            slope: slope, intercept: yMean - slope * xMean,
            slopeInterval: Interval(lower: slope - halfWidth, upper: slope + halfWidth),
            slopeStandardError: standardError, pValue: min(pValue, 1))
    }
}
