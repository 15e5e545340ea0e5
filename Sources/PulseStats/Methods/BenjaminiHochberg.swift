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
        let clean = pValues.map { $0.isNaN ? 1 : min(max($0, 0), 1) }
        let order = clean.indices.sorted { clean[$0] < clean[$1] }
        var adjusted = [Double](repeating: 1, count: m)
        var runningMin = Double.infinity
        for rank in stride(from: m, through: 1, by: -1) {
            let index = order[rank - 1]
            runningMin = min(runningMin, clean[index] / (Double(rank) / Double(m)))
            adjusted[index] = min(runningMin, 1)
        }
        return adjusted
    }
}
