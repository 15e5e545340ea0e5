/// Splits a sequence with gaps (nil) into the runs between them, so lines and bands break at missing
/// values instead of bridging them.
///
///     definedRuns([1, 2, nil, 4])  // [[1, 2], [4]]
func definedRuns<T>(_ values: [T?]) -> [[T]] {
    var runs: [[T]] = []
    var current: [T] = []
    for value in values {
        if let value {
            current.append(value)
        } else if !current.isEmpty {
            runs.append(current)
            current = []
        }
    }
    return current.isEmpty ? runs : runs + [current]
}
