/// Cronbach's α for a set of items meant to measure one dimension, with item–rest correlations.
///
/// From the listwise-complete cases, with n, item sums Sᵢ and sums of products Cᵢⱼ = Σ xᵢxⱼ:
/// the covariance matrix Σᵢⱼ = (Cᵢⱼ − SᵢSⱼ/n)/(n − 1), α = k/(k − 1) · (1 − tr Σ / Σᵢⱼ Σᵢⱼ).
/// The item–rest correlation of item i is its correlation with the sum of the other items:
/// (Σⱼ Σᵢⱼ − Σᵢᵢ) / √(Σᵢᵢ · (Σⱼₗ Σⱼₗ − 2Σⱼ Σᵢⱼ + Σᵢᵢ)).
/// α matches `pingouin.cronbach_alpha(data, nan_policy="listwise")[0]`; item–rest matches
/// `numpy.corrcoef(data[:, i], data.sum(axis=1) - data[:, i])[0, 1]`. Sums of small integers are exact,
/// so the one-pass formulas lose nothing that matters (agreement ~1e-13).
public struct Reliability: Hashable, Sendable {
    /// Cronbach's α (can be negative when items disagree).
    public var alpha: Double
    /// Per item, in input order, the correlation of the item with the sum of the other items.
    public var itemRest: [Double]

    public init(alpha: Double, itemRest: [Double]) {
        self.alpha = alpha
        self.itemRest = itemRest
    }

    /// α and item–rest correlations from sufficient statistics of the complete cases.
    /// nil when k < 2 or n < 2, the shapes disagree, a value is not finite, or an item (or the rest of the
    /// items for some item) has variance 0, which leaves a correlation undefined.
    ///
    /// - Complexity: O(k²).
    public static func cronbach(n: Int, sums: [Double], crossProducts: [[Double]]) -> Reliability? {
        let k = sums.count
        guard k >= 2, n >= 2, crossProducts.count == k, crossProducts.allSatisfy({ $0.count == k }),
            sums.allSatisfy(\.isFinite), crossProducts.allSatisfy({ $0.allSatisfy(\.isFinite) })
        else { return nil }
        let count = Double(n)
        let covariance = (0..<k).map { i in
            (0..<k).map { j in (crossProducts[i][j] - sums[i] * sums[j] / count) / (count - 1) }
        }
        let rowSums = covariance.map { $0.reduce(0, +) }
        let total = rowSums.reduce(0, +)
        let trace = (0..<k).reduce(0.0) { $0 + covariance[$1][$1] }
        guard total > 0 else { return nil }
        var itemRest: [Double] = []
        for i in 0..<k {
            let itemVariance = covariance[i][i]
            let restVariance = total - 2 * rowSums[i] + itemVariance
            guard itemVariance > 0, restVariance > 0 else { return nil }
            itemRest.append((rowSums[i] - itemVariance) / (itemVariance * restVariance).squareRoot())
        }
        let items = Double(k)
        return Reliability(alpha: items / (items - 1) * (1 - trace / total), itemRest: itemRest)
    }
}
