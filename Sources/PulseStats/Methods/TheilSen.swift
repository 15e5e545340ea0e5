/// The Theil–Sen line: the median of pairwise slopes, robust to outlying months.
///
/// slope = median of (yⱼ − yᵢ)/(xⱼ − xᵢ) over pairs with xⱼ > xᵢ; intercept = median(y) − slope · median(x)
/// (scipy's `method="separate"`, its default since 1.8). The slope interval is Sen's (1968, eq. 2.6):
/// σ² = [n(n − 1)(2n + 5) − Σ_x-ties t(t − 1)(2t + 5) − Σ_y-ties t(t − 1)(2t + 5)] / 18, and with N pairs
/// and z = Φ⁻¹((1 − c)/2) the bounds are the sorted slopes at 0-based ranks max(round((N + zσ)/2) − 1, 0)
/// and min(round((N − zσ)/2), N − 1), rounding half to even as numpy does.
/// Matches `scipy.stats.theilslopes(y, x, alpha=c, method="separate")` (scipy 1.17). One departure:
/// where heavy ties make σ² negative scipy returns NaN bounds; here σ² is taken as 0.
public struct TheilSen: Hashable, Sendable {
    public var slope: Double
    public var intercept: Double
    /// Sen's confidence interval of the slope.
    public var slopeInterval: Interval

    public init(slope: Double, intercept: Double, slopeInterval: Interval) {
        self.slope = slope
        self.intercept = intercept
        self.slopeInterval = slopeInterval
    }

    /// The fit; nil when the lengths differ, n < 2, a value is not finite, or all x are equal.
    ///
    /// - Complexity: O(n² log n) time and O(n²) memory, for the pairwise slopes (monthly series are short).
    public static func fit(x: [Double], y: [Double], confidence: Double = 0.95) -> TheilSen? {
        let n = x.count
        guard n == y.count, n >= 2, confidence > 0, confidence < 1,
            x.allSatisfy(\.isFinite), y.allSatisfy(\.isFinite)
        else { return nil }
        var slopes: [Double] = []
        slopes.reserveCapacity(n * (n - 1) / 2)
        for i in 0..<n {
            for j in 0..<n where x[i] > x[j] {
                slopes.append((y[i] - y[j]) / (x[i] - x[j]))
            }
        }
        guard let slope = Median.of(slopes), let xMedian = Median.of(x), let yMedian = Median.of(y) else {
            return nil
        }
        slopes.sort()
        let alpha = confidence > 0.5 ? 1 - confidence : confidence
        let z = Normal.quantile(alpha / 2)
        let variance = Double(n * (n - 1) * (2 * n + 5) - tieTerm(x) - tieTerm(y)) / 18
        let sigma = max(variance, 0).squareRoot()
        let pairs = Double(slopes.count)
        let upperRank = min(Int(((pairs - z * sigma) / 2).rounded(.toNearestOrEven)), slopes.count - 1)
        let lowerRank = max(Int(((pairs + z * sigma) / 2).rounded(.toNearestOrEven)) - 1, 0)
        return TheilSen(
            slope: slope, intercept: yMedian - slope * xMedian,
            slopeInterval: Interval(lower: slopes[lowerRank], upper: slopes[upperRank]))
    }

    /// Σ t(t − 1)(2t + 5) over the groups of equal values.
    private static func tieTerm(_ values: [Double]) -> Int {
        var counts: [Double: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return counts.values.reduce(0) { $0 + $1 * ($1 - 1) * (2 * $1 + 5) }
    }
}
