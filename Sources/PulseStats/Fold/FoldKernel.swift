import PulseModel

/// A `FoldLayout` flattened into integer arrays, and the loop that folds one response with them: the
/// fold's hot path, reading no `Item` (whose strings would be retained and released per answer) and no
/// nested array.
///
/// - `items`: per item, 4 integers: histogram offset, scale min, scale max, and 1 when reverse-scored.
/// - `dimensions`: per dimension, 6 integers (score histogram offset, sum width, complete-case offset,
///   scale min, item count k, offset of its table in `bins`) followed by the k item positions.
/// - `bins`: every dimension's `DimensionSlot.bins`, one after the other.
struct FoldKernel: Hashable, Sendable {
    let itemCount: Int
    let items: [Int]
    let dimensions: [Int]
    let bins: [Int]
    /// The most one response adds to any count (in magnitude): 1 for a histogram, the top score for a
    /// complete-case sum, its square for a sum of products. A cell of `n` responses has no count beyond
    /// n × this.
    let maximumIncrement: Int

    init(instrument: Instrument, itemOffsets: [Int], dimensions slots: [FoldLayout.DimensionSlot]) {
        itemCount = instrument.items.count
        items = instrument.items.indices.flatMap { i -> [Int] in
            let item = instrument.items[i]
            return [itemOffsets[i], item.scaleMin, item.scaleMax, item.reverse ? 1 : 0]
        }
        var dimensions: [Int] = []
        var bins: [Int] = []
        var maximumIncrement = 1
        for slot in slots {
            dimensions += [slot.scoreOffset, slot.sumWidth, slot.completeOffset, slot.scaleMin, slot.items.count]
            dimensions += [bins.count] + slot.items
            bins += slot.bins
            if slot.completeOffset >= 0 {
                let top = max(abs(slot.scaleMin), abs(slot.scaleMax))
                maximumIncrement = max(maximumIncrement, top * top)
            }
        }
        self.dimensions = dimensions
        self.bins = bins
        self.maximumIncrement = maximumIncrement
    }

    /// Adds one response's raw answers (`Response.skipped` for a blank) to the counts of a cell: its
    /// histograms (`FoldLayout` offsets below `histogramWidth`) from `histograms`, its complete-case sums
    /// from `sums` (at their `FoldLayout` offsets too). `CellAccumulator` passes its 64-bit counts as
    /// both; `CellCounts` passes its 8-bit histograms and its 32-bit counts.
    ///
    /// Answers must lie on their item's scale (the loader guarantees it); anything else stops the program
    /// rather than being counted in the wrong place.
    ///
    /// - Complexity: O(items + Σ k²) integer additions, no allocation.
    func add<Histogram: FixedWidthInteger, Sum: FixedWidthInteger>(
        _ answers: UnsafeBufferPointer<Int8>, histograms h: UnsafeMutablePointer<Histogram>,
        sums c: UnsafeMutablePointer<Sum>
    ) {
        precondition(answers.count == itemCount, "a response must have one answer per item")
        items.withUnsafeBufferPointer { items in
            dimensions.withUnsafeBufferPointer { dims in
                bins.withUnsafeBufferPointer { bins in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: itemCount) { scores in
                        for i in 0..<itemCount {
                            let answer = Int(answers[i])
                            guard answer != Int(Response.skipped) else {
                                scores[i] = Int.min
                                continue
                            }
                            let (offset, low, high, reversed) = (
                                items[4 * i], items[4 * i + 1], items[4 * i + 2], items[4 * i + 3]
                            )
                            let score = reversed == 0 ? answer : low + high - answer
                            precondition(score >= low && score <= high, "answer off the item's scale")
                            scores[i] = score
                            h[offset + score - low] += 1
                        }
                        var d = 0
                        while d < dims.count {
                            let (scoreOffset, sumWidth, base, low, k, binOffset) = (
                                dims[d], dims[d + 1], dims[d + 2], dims[d + 3], dims[d + 4], dims[d + 5]
                            )
                            let members = d + 6
                            d = members + k
                            var answered = 0
                            var sum = 0
                            for j in 0..<k where scores[dims[members + j]] != Int.min {
                                answered += 1
                                sum += scores[dims[members + j]]
                            }
                            guard answered > 0 else { continue }
                            h[scoreOffset + bins[binOffset + (answered - 1) * sumWidth + sum - answered * low]] += 1
                            guard answered == k, base >= 0 else { continue }
                            c[base] += 1
                            for j in 0..<k {
                                let x = scores[dims[members + j]]
                                c[base + 1 + j] += Sum(truncatingIfNeeded: x)
                                for l in 0..<k {
                                    c[base + 1 + k + j * k + l] += Sum(
                                        truncatingIfNeeded: x * scores[dims[members + l]])
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
