/// The median of a sample, from the values or from a histogram of counts.
///
/// The middle value of the sorted sample, or the mean of the two middle values when the count is even:
/// the convention of `numpy.median`.
public enum Median {
    /// The median of `values`; nil when empty or a value is NaN.
    ///
    /// - Complexity: O(n log n).
    public static func of(_ values: [Double]) -> Double? {
        guard !values.isEmpty, !values.contains(where: \.isNaN) else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The median of the sample with `counts[i]` copies of `values[i]` (e.g. a Likert histogram).
    /// nil when the arrays differ in length, a count is negative, the total is 0, or a value with a
    /// positive count is NaN. `values` need not be sorted.
    ///
    ///     Median.ofHistogram([2, 0, 3, 1, 0], values: [1, 2, 3, 4, 5])   // 3.0 (sample 1 1 3 3 3 4)
    ///
    /// - Complexity: O(k log k) for k values, independent of the counts.
    public static func ofHistogram(_ counts: [Int], values: [Double]) -> Double? {
        guard counts.count == values.count, counts.allSatisfy({ $0 >= 0 }) else { return nil }
        let bins = zip(values, counts).filter { $0.1 > 0 }.sorted { $0.0 < $1.0 }
        guard !bins.contains(where: { $0.0.isNaN }) else { return nil }
        let total = bins.reduce(0) { $0 + $1.1 }
        guard total > 0 else { return nil }
        /// The value at 0-based position `k` of the expanded, sorted sample.
        func value(at k: Int) -> Double {
            var seen = 0
            for (v, c) in bins {
                seen += c
                if k < seen { return v }
            }
            return bins[bins.count - 1].0
        }
        let middle = total / 2
        return total % 2 == 1 ? value(at: middle) : (value(at: middle - 1) + value(at: middle)) / 2
    }
}
