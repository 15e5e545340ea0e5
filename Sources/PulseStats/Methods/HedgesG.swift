/// Hedges' g: the standardized difference of two independent means, corrected for small samples.
///
/// g = J · (x̄ᵦ − x̄ₐ) / s_pooled, with s_pooled = √(((nₐ − 1)sₐ² + (nᵦ − 1)sᵦ²) / (nₐ + nᵦ − 2)) and
/// J = 1 − 3 / (4(nₐ + nᵦ) − 9) (Hedges & Olkin 1985's approximation). Matches
/// `pingouin.compute_effsize(b, a, eftype="hedges")` (pingouin 0.5+): note the order, `from` a `to` b,
/// so g is positive when b is higher.
public enum HedgesG {
    /// g for the change from `a` to `b`; nil when a side has n < 2, the pooled sd is 0, or an input is not finite.
    public static func effect(from a: SampleSummary, to b: SampleSummary) -> Double? {
        guard a.n >= 2, b.n >= 2, a.mean.isFinite, b.mean.isFinite, a.variance.isFinite, b.variance.isFinite
        else { return nil }
        let dof = Double(a.n + b.n - 2)
        let pooledVariance = (Double(a.n - 1) * a.variance + Double(b.n - 1) * b.variance) / dof
        guard pooledVariance > 0 else { return nil }
        let d = (b.mean - a.mean) / pooledVariance.squareRoot()
        return d * (1 - 3 / (4 * Double(a.n + b.n) - 9))
    }
}
