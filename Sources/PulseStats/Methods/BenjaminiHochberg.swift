/// Benjamini–Hochberg adjusted p-values (false discovery rate), for the changes tested on one page.
///
/// Sort p ascending; p̃₍ᵢ₎ = min over j ≥ i of p₍ⱼ₎ / (j/m), capped at 1; return in input order.
/// Matches `statsmodels.stats.multitest.multipletests(p, method="fdr_bh")[1]` (same arithmetic, so
/// ties and ordering agree exactly). A change is significant at FDR q when its adjusted p ≤ q.
///
///     BenjaminiHochberg.adjust([0.01, 0.04, 0.03, 0.2])   // [0.04, 0.0533…, 0.0533…, 0.2]
public enum BenjaminiHochberg {
    /// Adjusted p-values in the order given. NaN inputs are treated as 1 (never significant);
    /// values are clamped to 0…1.
    ///
    /// - Complexity: O(m log m).
    public static func adjust(_ pValues: [Double]) -> [Double] {
        let m = pValues.count
        // Sorted as (p, position) pairs, not positions compared through the array. The order among equal
        // p values does not matter: a run of ties all get the adjusted value of its highest rank.
        var sorted = pValues.enumerated().map { (p: $1.isNaN ? 1 : min(max($1, 0), 1), index: $0) }
        sorted.sort { $0.p < $1.p }
        var adjusted = [Double](repeating: 1, count: m)
        var runningMin = Double.infinity
        for rank in stride(from: m, through: 1, by: -1) {
            let (p, index) = sorted[rank - 1]
            runningMin = min(runningMin, p / (Double(rank) / Double(m)))
            adjusted[index] = min(runningMin, 1)
        }
        return adjusted
    }
}
