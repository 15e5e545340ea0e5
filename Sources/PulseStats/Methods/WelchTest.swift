/// Welch's unequal-variances t-test of two independent means, two-sided.
///
/// t = (x̄ₐ − x̄ᵦ) / √(sₐ²/nₐ + sᵦ²/nᵦ), with Welch–Satterthwaite degrees of freedom
/// ν = (sₐ²/nₐ + sᵦ²/nᵦ)² / ((sₐ²/nₐ)²/(nₐ − 1) + (sᵦ²/nᵦ)²/(nᵦ − 1)), and p = 2 P(T_ν ≤ −|t|).
/// Matches `scipy.stats.ttest_ind_from_stats(..., equal_var=False)` (and `ttest_ind(a, b, equal_var=False)`),
/// including its sign: the statistic is positive when `a` has the larger mean.
///
///     WelchTest.test(SampleSummary(n: 20, mean: 3.1, variance: 0.8), SampleSummary(n: 25, mean: 3.6, variance: 1.1))
///     // statistic −1.72516…, degreesOfFreedom 42.7954…, pValue 0.091713…
public enum WelchTest {
    /// The test of `a` against `b`; nil when either side has n < 2, both variances are 0, or an input is not finite.
    public static func test(_ a: SampleSummary, _ b: SampleSummary) -> TestResult? {
        guard a.n >= 2, b.n >= 2, a.mean.isFinite, b.mean.isFinite, a.variance.isFinite, b.variance.isFinite,
            a.variance >= 0, b.variance >= 0
        else { return nil }
        let va = a.variance / Double(a.n)
        let vb = b.variance / Double(b.n)
        let se2 = va + vb
        guard se2 > 0 else { return nil }
        let t = (a.mean - b.mean) / se2.squareRoot()
        let df = se2 * se2 / (va * va / Double(a.n - 1) + vb * vb / Double(b.n - 1))
        let p = 2 * StudentT.cdf(-abs(t), df: df)
        return TestResult(test: "Welch's t-test", statistic: t, degreesOfFreedom: df, pValue: min(p, 1))
    }
}
