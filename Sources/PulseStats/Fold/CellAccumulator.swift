/// The exact, mergeable statistics of one cell (or of any merge of cells): the number of responses and
/// the flat integer counts laid out by a `FoldLayout`.
///
/// Merging is element-wise addition, so a cluster is the merge of its schools' cells, the program the
/// merge of all, and chunks folded on different cores merge to the same result as one sequential fold.
///
///     var a = CellAccumulator(layout: layout)
///     a.add(response.answers, layout: layout)
///     a.merge(b)                                  // a now counts the responses of both
public struct CellAccumulator: Hashable, Sendable {
    /// Responses folded in, whatever they answered.
    public private(set) var responses: Int = 0
    /// The counts, in `FoldLayout` order.
    public private(set) var counts: [Int]

    /// An empty cell for a layout.
    public init(layout: FoldLayout) {
        counts = Array(repeating: 0, count: layout.width)
    }

    /// A cell with the given counts (in `FoldLayout` order), e.g. read back from a `CellCounts`.
    init(responses: Int, counts: [Int]) {
        self.responses = responses
        self.counts = counts
    }

    /// Folds in one response's raw answers.
    ///
    /// - Complexity: O(items + Σ k²) over the dimensions' item counts k; no allocation.
    public mutating func add(_ answers: [Int8], layout: FoldLayout) {
        responses += 1
        layout.add(answers, to: &counts)
    }

    /// Folds in one response's raw answers read from a buffer (the loaders' fast path).
    ///
    /// - Complexity: O(items + Σ k²); no allocation.
    public mutating func add(_ answers: UnsafeBufferPointer<Int8>, layout: FoldLayout) {
        responses += 1
        counts.withUnsafeMutableBufferPointer { layout.add(answers, to: $0) }
    }

    /// Adds another cell of the same layout.
    ///
    /// - Complexity: O(layout width).
    public mutating func merge(_ other: CellAccumulator) {
        precondition(counts.count == other.counts.count, "cells of different layouts")
        responses += other.responses
        counts.withUnsafeMutableBufferPointer { mine in
            other.counts.withUnsafeBufferPointer { theirs in
                for i in mine.indices { mine[i] += theirs[i] }
            }
        }
    }

    /// The merge of two cells.
    public static func + (a: CellAccumulator, b: CellAccumulator) -> CellAccumulator {
        var sum = a
        sum.merge(b)
        return sum
    }
}
