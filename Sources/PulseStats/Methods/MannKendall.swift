/// The Mann–Kendall test for a monotonic trend in a series, with the correction for ties.
///
/// S = Σ_{i<j} sign(yⱼ − yᵢ); Var S = [n(n − 1)(2n + 5) − Σ t(t − 1)(2t + 5)] / 18 over groups of t tied values;
/// z = (S − sign S)/√Var S (continuity correction), p = 2Φ(−|z|), τ = S / (n(n − 1)/2).
/// Matches `pymannkendall.original_test(y)` (s, var_s, z, Tau, p); pymannkendall computes p as
/// 2(1 − Φ(|z|)), which loses digits below ~1e-8, where this keeps full precision.
public struct MannKendall: Hashable, Sendable {
    /// S, the number of increasing pairs minus the number of decreasing pairs.
    public var s: Int
    /// The variance of S under no trend, corrected for ties.
    public var variance: Double
    /// The continuity-corrected normal score.
    public var z: Double
    /// Kendall's τ-a, S over the number of pairs.
    public var tau: Double
    /// The two-sided p-value.
    public var pValue: Double

    public init(s: Int, variance: Double, z: Double, tau: Double, pValue: Double) {
        self.s = s
        self.variance = variance
        self.z = z
        self.tau = tau
        self.pValue = pValue
    }

    /// The test on `y` in time order; nil when n < 3, a value is not finite, or all values are equal (Var S = 0).
    ///
    /// - Complexity: O(n²).
    public static func test(_ y: [Double]) -> MannKendall? {
        let n = y.count
        guard n >= 3, y.allSatisfy(\.isFinite) else { return nil }
        var s = 0
        for i in 0..<(n - 1) {
            for j in (i + 1)..<n {
                s += y[j] > y[i] ? 1 : (y[j] < y[i] ? -1 : 0)
            }
        }
        var tieTerm = 0
        var start = 0
        let sorted = y.sorted()
        while start < n {
            var end = start
            while end + 1 < n, sorted[end + 1] == sorted[start] { end += 1 }
            let t = end - start + 1
            tieTerm += t * (t - 1) * (2 * t + 5)
            start = end + 1
        }
        let variance = Double(n * (n - 1) * (2 * n + 5) - tieTerm) / 18
        guard variance > 0 else { return nil }
        let z = s == 0 ? 0 : (Double(s) - Double(s.signum())) / variance.squareRoot()
        return MannKendall(
            s: s, variance: variance, z: z, tau: Double(s) / (0.5 * Double(n * (n - 1))),
            pValue: 2 * Normal.cdf(-abs(z)))
    }
}
