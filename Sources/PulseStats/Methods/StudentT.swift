import Foundation

/// Student's t distribution with real degrees of freedom: cumulative probability, density and quantile.
///
/// cdf: for t ≤ 0, P(T ≤ t) = ½ I_x(ν/2, ½) with x = ν/(ν + t²), the regularized incomplete beta of
/// `IncompleteBeta`; for t > 0 by symmetry. Lower-tail values keep full relative precision, so
/// p-values as small as 1e-300 are exact to ~1e-13. Matches `scipy.stats.t.cdf` (`scipy.special.stdtr`).
/// quantile: closed forms for ν = 1 and ν = 2, otherwise Newton's method on log P(T ≤ t) inside a
/// bisection bracket, to 1e-15 relative; matches `scipy.stats.t.ppf` (`stdtrit`). ν = +∞ is the normal.
/// Quantiles are remembered per (p, ν): an analysis asks for the same 97.5% point of the same small
/// degrees of freedom hundreds of thousands of times.
public enum StudentT {
    /// P(T ≤ t) for T ~ t(ν); NaN for ν ≤ 0 or a NaN argument.
    public static func cdf(_ t: Double, df: Double) -> Double {
        guard df > 0, !t.isNaN, !df.isNaN else { return .nan }
        if df == .infinity { return Normal.cdf(t) }
        if t == -.infinity { return 0 }
        if t == .infinity { return 1 }
        let lowerTail = 0.5 * betaArgument(t, df: df)
        return t <= 0 ? lowerTail : 1 - lowerTail
    }

    /// The density f(t) = (1 + t²/ν)^(−(ν+1)/2) / (√ν B(ν/2, ½)).
    public static func pdf(_ t: Double, df: Double) -> Double {
        guard df > 0, !t.isNaN else { return .nan }
        if df == .infinity { return Normal.pdf(t) }
        let u = t / df.squareRoot()
        return exp(-IncompleteBeta.logBeta(df / 2, 0.5) - 0.5 * log(df) - (df + 1) / 2 * log1p(u * u))
    }

    /// The t with P(T ≤ t) = p; −∞ at 0, +∞ at 1, NaN for p outside 0…1 or ν ≤ 0.
    ///
    /// - Complexity: one look-up when (p, ν) was asked before; otherwise a root search.
    public static func quantile(_ p: Double, df: Double) -> Double {
        let key = QuantileKey(p: p, df: df)
        if let known = quantiles.withLock({ $0[key] }) { return known }
        let t = computedQuantile(p, df: df)
        quantiles.withLock { cache in
            if cache.count < maximumRemembered { cache[key] = t }
        }
        return t
    }

    private struct QuantileKey: Hashable {
        var p: Double
        var df: Double
    }

    /// Quantiles computed so far (NaN results included: they are as expensive to find again).
    private static let quantiles = Locked<[QuantileKey: Double]>([:])
    /// A bound on the cache, far above the distinct (p, ν) of any analysis.
    private static let maximumRemembered = 1 << 16

    /// The quantile by its closed forms or a root search, without the cache.
    private static func computedQuantile(_ p: Double, df: Double) -> Double {
        guard p >= 0, p <= 1, df > 0, !df.isNaN else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        if p > 0.5 { return -computedQuantile(1 - p, df: df) }
        if df == .infinity { return Normal.quantile(p) }
        if df == 1 { return -1 / tan(Double.pi * p) }
        if df == 2 { return (2 * p - 1) / (2 * p * (1 - p)).squareRoot() }
        // The t quantile is further out than the normal one: bracket [lower, upper] with cdf(lower) ≤ p < cdf(upper).
        var upper = 0.0
        var lower = min(Normal.quantile(p), -1)
        while cdf(lower, df: df) > p, lower > -1e300 {
            upper = lower
            lower *= 2
        }
        let logP = log(p)
        var t = 0.5 * (lower + upper)
        for _ in 0..<200 {
            let c = cdf(t, df: df)
            if c > p { upper = t } else { lower = t }
            // Newton on g(t) = log cdf(t) − log p, g′ = pdf/cdf; fall back to bisection when it leaves the bracket.
            var next = t - (log(c) - logP) * c / pdf(t, df: df)
            if !(next > lower && next < upper) { next = 0.5 * (lower + upper) }
            if abs(next - t) <= 1e-15 * abs(next) { return next }
            t = next
        }
        return t
    }

    /// I_x(ν/2, ½) with x = ν/(ν + t²) = P(|T| ≥ |t|), computed without cancellation for any size of t.
    private static func betaArgument(_ t: Double, df: Double) -> Double {
        let u = abs(t) / df.squareRoot()
        let x: Double
        let y: Double
        if u <= 1 {
            x = 1 / (1 + u * u)
            y = u * u / (1 + u * u)
        } else {
            let w = 1 / u
            x = w * w / (1 + w * w)
            y = 1 / (1 + w * w)
        }
        return IncompleteBeta.regularized(a: df / 2, b: 0.5, x: x, y: y)
    }
}
