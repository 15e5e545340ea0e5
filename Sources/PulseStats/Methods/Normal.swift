import Foundation

/// The standard normal distribution: cumulative probability and quantile.
///
/// cdf(z) = ½ erfc(−z/√2) (as `scipy.stats.norm.cdf` / `scipy.special.ndtr`). quantile(p) starts from
/// Acklam's rational approximation (relative error < 1.2e-9) and takes one Halley step on the erfc-based
/// cdf, which brings it to full double precision (`scipy.stats.norm.ppf` to ~1e-15). The upper half is
/// computed by symmetry from 1 − p, which is exact in floating point for p ≥ ½.
public enum Normal {
    /// P(Z ≤ z) for a standard normal Z; NaN only for a NaN argument.
    public static func cdf(_ z: Double) -> Double {
        0.5 * erfc(-z / 2.0.squareRoot())
    }

    /// The density φ(z) = e^(−z²/2) / √(2π).
    public static func pdf(_ z: Double) -> Double {
        exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
    }

    /// The z with P(Z ≤ z) = p; −∞ at 0, +∞ at 1, NaN outside 0…1.
    public static func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p > 0.5 { return -quantile(1 - p) }
        let x = acklam(p)
        // One Halley step: e = Φ(x) − p, u = e/φ(x), x ← x − u/(1 + x·u/2).
        let u = (cdf(x) - p) / pdf(x)
        guard u.isFinite else { return x }
        return x - u / (1 + x * u / 2)
    }

    /// Acklam's approximation to the lower half of the normal quantile (p ≤ ½).
    private static func acklam(_ p: Double) -> Double {
        let a = [
            -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00,
        ]
        let b = [
            -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01,
        ]
        let c = [
            -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00,
        ]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        if p < 0.02425 {
            let q = (-2 * log(p)).squareRoot()
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        let q = p - 0.5
        let r = q * q
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    }
}
