import PulseModel

/// A `FoldLayout` flattened into one table of integers, and the loop that folds one response with it:
/// the fold's hot path, reading no `Item` (whose strings would be retained and released per answer), no
/// nested array, and doing no arithmetic on an answer that a table look-up can do.
///
/// The table holds, at these offsets:
/// - `slotsAt`: per item and raw answer `a` (0…`answerStride` − 1), at `slotsAt + item · answerStride + a`,
///   the histogram count the answer adds to (reverse scoring applied), −1 for a blank
///   (`Response.skipped`), −2 for an answer off the item's scale;
/// - `scoresAt`: likewise, the answer's score;
/// - `ownersAt`: per item, its dimension;
/// - `dimensionsAt`: per dimension, 6 integers (score histogram offset, sum width, complete-case offset
///   or −1, scale min, item count k, offset of its table in the bins) followed by the k item positions;
/// - `binsAt`: every dimension's `DimensionSlot.bins`, one after the other.
///
/// A layout without complete-case sums whose tables are small folds with `PlainFoldTables` instead
/// (`plain`), made from this table; the general loop here does the rest.
struct FoldKernel: Hashable, Sendable {
    let itemCount: Int
    let dimensionCount: Int
    /// One more than the largest answer on any item's scale.
    let answerStride: Int
    let table: [Int]
    let slotsAt: Int
    let scoresAt: Int
    let ownersAt: Int
    let dimensionsAt: Int
    let binsAt: Int
    /// The most one response adds to any count (in magnitude): 1 for a histogram, the top score for a
    /// complete-case sum, its square for a sum of products. A cell of `n` responses has no count beyond
    /// n × this.
    let maximumIncrement: Int
    /// The combined-index tables of `PlainFoldTables`, nil when the layout does not qualify. Derived from
    /// the properties above, so left out of equality and hashing.
    private(set) var plain: PlainFoldTables?

    init(
        instrument: Instrument, itemOffsets: [Int], dimensions slots: [FoldLayout.DimensionSlot], histogramWidth: Int
    ) {
        let items = instrument.items
        itemCount = items.count
        dimensionCount = slots.count
        answerStride = max(Int(Response.skipped), items.map(\.scaleMax).max() ?? 0) + 1
        var answerSlots = Array(repeating: -2, count: itemCount * answerStride)
        var answerScores = Array(repeating: 0, count: itemCount * answerStride)
        var owners = Array(repeating: 0, count: itemCount)
        for (i, item) in items.enumerated() {
            answerSlots[i * answerStride + Int(Response.skipped)] = -1
            for answer in max(item.scaleMin, 0)..<max(item.scaleMax + 1, 0) where answer != Int(Response.skipped) {
                let score = item.score(answer)
                answerSlots[i * answerStride + answer] = itemOffsets[i] + score - item.scaleMin
                answerScores[i * answerStride + answer] = score
            }
        }
        var dimensions: [Int] = []
        var bins: [Int] = []
        var maximumIncrement = 1
        for (d, slot) in slots.enumerated() {
            for item in slot.items { owners[item] = d }
            dimensions += [slot.scoreOffset, slot.sumWidth, slot.completeOffset, slot.scaleMin, slot.items.count]
            dimensions += [bins.count] + slot.items
            bins += slot.bins
            if slot.completeOffset >= 0 {
                let top = max(abs(slot.scaleMin), abs(slot.scaleMax))
                maximumIncrement = max(maximumIncrement, top * top)
            }
        }
        slotsAt = 0
        scoresAt = answerSlots.count
        ownersAt = scoresAt + answerScores.count
        dimensionsAt = ownersAt + owners.count
        binsAt = dimensionsAt + dimensions.count
        table = answerSlots + answerScores + owners + dimensions + bins
        self.maximumIncrement = maximumIncrement
        plain = PlainFoldTables(self, instrument: instrument, dimensions: slots, histogramWidth: histogramWidth)
    }

    static func == (a: FoldKernel, b: FoldKernel) -> Bool {
        (a.itemCount, a.dimensionCount, a.answerStride, a.maximumIncrement)
            == (b.itemCount, b.dimensionCount, b.answerStride, b.maximumIncrement) && a.table == b.table
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(answerStride)
        hasher.combine(table)
    }

    /// Adds one response's raw answers (`Response.skipped` for a blank) to the counts of a cell: its
    /// histograms (`FoldLayout` offsets below `histogramWidth`) from `histograms`, its complete-case sums
    /// from `sums` (at their `FoldLayout` offsets too; nil for a layout without sums). `CellAccumulator`
    /// passes its 64-bit counts as both; `CellCounts` passes its 8-bit histograms and its 32-bit counts.
    ///
    /// Answers must lie on their item's scale (the loader guarantees it); anything else stops the program
    /// rather than being counted in the wrong place.
    ///
    /// - Complexity: O(items + Σ k²) integer additions, no allocation.
    func add<Histogram: FixedWidthInteger, Sum: FixedWidthInteger>(
        _ answers: UnsafeBufferPointer<Int8>, histograms h: UnsafeMutablePointer<Histogram>,
        sums c: UnsafeMutablePointer<Sum>?
    ) {
        if let plain {  // only for a layout without sums: `c` has nothing to take
            plain.kernel.add(answers, histograms: h)
        } else {
            addGeneral(answers, histograms: h, sums: c)
        }
    }

    /// `add` without `PlainFoldTables`: the loop for every layout (internal for the tests that compare
    /// the two).
    func addGeneral<Histogram: FixedWidthInteger, Sum: FixedWidthInteger>(
        _ answers: UnsafeBufferPointer<Int8>, histograms h: UnsafeMutablePointer<Histogram>,
        sums c: UnsafeMutablePointer<Sum>?
    ) {
        precondition(answers.count == itemCount, "a response must have one answer per item")
        let (itemCount, dimensionCount, stride) = (itemCount, dimensionCount, answerStride)
        table.withUnsafeBufferPointer { table in
            // Per item its score (Int.min: blank); per dimension the items answered and their sum.
            withUnsafeTemporaryAllocation(of: Int.self, capacity: itemCount + 2 * dimensionCount) { scratch in
                let scores = scratch.baseAddress!
                let answered = scores + itemCount
                let sums = answered + dimensionCount
                answered.initialize(repeating: 0, count: 2 * dimensionCount)
                for i in 0..<itemCount {
                    let answer = Int(answers[i])
                    precondition(answer >= 0 && answer < stride, "answer off the item's scale")
                    let place = i &* stride &+ answer
                    let slot = table[slotsAt &+ place]
                    guard slot >= 0 else {
                        precondition(slot == -1, "answer off the item's scale")
                        scores[i] = Int.min
                        continue
                    }
                    h[slot] += 1
                    let score = table[scoresAt &+ place]
                    scores[i] = score
                    let d = table[ownersAt &+ i]
                    answered[d] &+= 1
                    sums[d] &+= score
                }
                var at = dimensionsAt
                for d in 0..<dimensionCount {
                    let (scoreOffset, sumWidth, base, low, k, binOffset) = (
                        table[at], table[at + 1], table[at + 2], table[at + 3], table[at + 4], table[at + 5]
                    )
                    let members = at + 6
                    at = members + k
                    let count = answered[d]
                    guard count > 0 else { continue }
                    h[scoreOffset + table[binsAt + binOffset + (count - 1) * sumWidth + sums[d] - count * low]] += 1
                    guard count == k, base >= 0, let c else { continue }
                    c[base] += 1
                    for j in 0..<k {
                        let x = scores[table[members + j]]
                        c[base + 1 + j] += Sum(truncatingIfNeeded: x)
                        for l in 0..<k {
                            c[base + 1 + k + j * k + l] += Sum(truncatingIfNeeded: x * scores[table[members + l]])
                        }
                    }
                }
            }
        }
    }
}
