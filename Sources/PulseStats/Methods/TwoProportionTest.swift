/// The two-sample z-test of proportions with a pooled variance, two-sided.
///
/// p̄ = (k₁ + k₂)/(n₁ + n₂), z = (k₁/n₁ − k₂/n₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)), p = 2Φ(−|z|).
/// Matches `statsmodels.stats.proportion.proportions_ztest([k1, k2], [n1, n2])` (value=None, two-sided).
public enum TwoProportionTest {
    /// The test; nil when a sample is empty, a count is outside 0…n, or the pooled proportion is 0 or 1 (no variance).
    public static func test(successes1: Int, n1: Int, successes2: Int, n2: Int) -> TestResult? {
        guard n1 > 0, n2 > 0, (0...n1).contains(successes1), (0...n2).contains(successes2) else { return nil }
        let pooled = Double(successes1 + successes2) / Double(n1 + n2)
        let variance = pooled * (1 - pooled) * (1 / Double(n1) + 1 / Double(n2))
        guard variance > 0 else { return nil }
        let z = (Double(successes1) / Double(n1) - Double(successes2) / Double(n2)) / variance.squareRoot()
        return TestResult(
            test: "Two-proportion z-test", statistic: z, degreesOfFreedom: nil, pValue: 2 * Normal.cdf(-abs(z)))
    }
}
