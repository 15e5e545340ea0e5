/// The Wilson score confidence interval of a proportion.
///
/// With p̂ = k/n and z = Φ⁻¹(1 − (1 − c)/2): centre = (p̂ + z²/2n) / (1 + z²/n),
/// half-width = z √(p̂(1 − p̂)/n + z²/4n²) / (1 + z²/n), clipped to 0…1.
/// Matches `statsmodels.stats.proportion.proportion_confint(k, n, alpha=1 - c, method="wilson")`.
public enum WilsonInterval {
    /// The interval (as proportions 0…1); nil when n ≤ 0, successes is outside 0…n, or confidence is outside (0, 1).
    /// The z of the default 95% interval, computed once (the same value the formula gives).
    private static let z95 = -Normal.quantile((1 - 0.95) / 2)

    public static func interval(successes: Int, n: Int, confidence: Double = 0.95) -> Interval? {
        guard n > 0, successes >= 0, successes <= n, confidence > 0, confidence < 1 else { return nil }
        let nobs = Double(n)
        let q = Double(successes) / nobs
        let z = confidence == 0.95 ? Self.z95 : -Normal.quantile((1 - confidence) / 2)
        let z2 = z * z
        let denominator = 1 + z2 / nobs
        let centre = (q + z2 / (2 * nobs)) / denominator
        let halfWidth = z * (q * (1 - q) / nobs + z2 / (4 * nobs * nobs)).squareRoot() / denominator
        return Interval(lower: min(max(centre - halfWidth, 0), 1), upper: min(max(centre + halfWidth, 0), 1))
    }
}
