import PulseModel

/// Where each statistic of a cell lives in the flat count array of a `CellAccumulator`, derived once
/// from the instrument so that folding a response touches nothing but integers.
///
/// The count array holds, in this order:
/// - per item: a histogram of scored answers (reverse items reflected by `Item.score`), one count per
///   scale point, score `s` at `itemOffset + s − scaleMin`; blanks are not counted;
/// - per dimension of `k` items: the tally of (c, t) pairs, c = items answered (1…k), t = the sum of
///   their scores (c·scaleMin…c·scaleMax), at `tallyOffset + (c − 1)·sumWidth + t − c·scaleMin` with
///   `sumWidth = k·(scaleMax − scaleMin) + 1`;
/// - per dimension, over listwise complete cases (all `k` items answered): the case count, the `k`
///   item sums Σxᵢ and the `k × k` sums of products Σxᵢxⱼ (row-major).
///
/// Example: 4 items of one dimension on 1–5 take 4·5 (histograms) + 4·17 (tally) + 1 + 4 + 16 counts.
/// A layout without reliability leaves the complete-case sums out (4·5 + 4·17 counts): what a table
/// without Cronbach's alpha needs.
public struct FoldLayout: Hashable, Sendable {
    /// The instrument the layout was derived from.
    public let instrument: Instrument
    /// Whether cells keep the complete-case sums that reliability needs.
    public let keepsReliability: Bool
    /// Number of counts in a cell.
    public let width: Int
    let itemOffsets: [Int]
    let dimensionSlots: [DimensionSlot]
    /// The same places as flat integers, for the hot loop.
    let kernel: FoldKernel

    /// The place of one dimension's statistics.
    struct DimensionSlot: Hashable, Sendable {
        /// Positions of the dimension's items in the instrument.
        let items: [Int]
        let scaleMin: Int
        let scaleMax: Int
        let tallyOffset: Int
        let sumWidth: Int
        /// The complete-case sums; −1 when the layout keeps none.
        let completeOffset: Int
        /// L = lcm(1…k): a dimension score t/c is held as the integer L·t/c.
        let scale: Int
    }

    /// - Parameter reliability: keep the complete-case sums of every dimension (for `reliability(ofDimension:in:)`).
    public init(instrument: Instrument, reliability: Bool = true) {
        self.instrument = instrument
        self.keepsReliability = reliability
        var offset = 0
        var itemOffsets: [Int] = []
        for item in instrument.items {
            itemOffsets.append(offset)
            offset += item.scaleMax - item.scaleMin + 1
        }
        var slots: [DimensionSlot] = []
        for dimension in instrument.dimensions {
            let k = dimension.itemIndices.count
            let sumWidth = k * (dimension.scaleMax - dimension.scaleMin) + 1
            let tallyOffset = offset
            offset += k * sumWidth
            let completeOffset = reliability ? offset : -1
            if reliability { offset += 1 + k + k * k }
            slots.append(
                DimensionSlot(
                    items: dimension.itemIndices, scaleMin: dimension.scaleMin, scaleMax: dimension.scaleMax,
                    tallyOffset: tallyOffset, sumWidth: sumWidth, completeOffset: completeOffset,
                    scale: (1...max(k, 1)).reduce(1, lcm)))
        }
        self.itemOffsets = itemOffsets
        self.dimensionSlots = slots
        self.width = offset
        self.kernel = FoldKernel(instrument: instrument, itemOffsets: itemOffsets, dimensions: slots)
    }

    /// Adds one response's raw answers (`Response.skipped` for a blank) to a cell's counts.
    ///
    /// Answers must lie on their item's scale (the loader guarantees it); anything else stops the program
    /// rather than being counted in the wrong place.
    ///
    /// - Complexity: O(items + Σ k²) integer additions, no allocation.
    func add(_ answers: [Int8], to counts: inout [Int]) {
        answers.withUnsafeBufferPointer { a in
            counts.withUnsafeMutableBufferPointer { c in add(a, to: c) }
        }
    }

    /// Adds one response's raw answers to a cell's counts through pointers: the fold's hot loop, reading
    /// only the flat integer `FoldKernel`.
    func add(_ answers: UnsafeBufferPointer<Int8>, to c: UnsafeMutableBufferPointer<Int>) {
        precondition(answers.count == kernel.itemCount, "a response must have one answer per item")
        precondition(c.count == width, "a cell of another layout")
        kernel.items.withUnsafeBufferPointer { items in
            kernel.dimensions.withUnsafeBufferPointer { dims in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: kernel.itemCount) { scores in
                    for i in 0..<kernel.itemCount {
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
                        c[offset + score - low] += 1
                    }
                    var d = 0
                    while d < dims.count {
                        let (tallyOffset, sumWidth, base, low, k) = (
                            dims[d], dims[d + 1], dims[d + 2], dims[d + 3], dims[d + 4]
                        )
                        let members = d + 5
                        d = members + k
                        var answered = 0
                        var sum = 0
                        for j in 0..<k where scores[dims[members + j]] != Int.min {
                            answered += 1
                            sum += scores[dims[members + j]]
                        }
                        guard answered > 0 else { continue }
                        c[tallyOffset + (answered - 1) * sumWidth + sum - answered * low] += 1
                        guard answered == k, base >= 0 else { continue }
                        c[base] += 1
                        for j in 0..<k {
                            let x = scores[dims[members + j]]
                            c[base + 1 + j] += x
                            for l in 0..<k {
                                c[base + 1 + k + j * k + l] += x * scores[dims[members + l]]
                            }
                        }
                    }
                }
            }
        }
    }

    /// The exact tally of one measure in a cell (or a merge of cells).
    public func tally(_ measure: Measure, in cell: CellAccumulator) -> MeasureTally {
        switch measure {
        case .item(let i):
            let item = instrument.items[i]
            let pairs = (item.scaleMin...item.scaleMax).map { score in
                (score, cell.counts[itemOffsets[i] + score - item.scaleMin])
            }
            return MeasureTally(
                scale: 1, histogram: pairs, favorableMin: item.favorableMin,
                unfavorableMax: item.scaleMin + item.scaleMax - item.favorableMin)
        case .dimension(let d):
            let slot = dimensionSlots[d]
            let dimension = instrument.dimensions[d]
            var byScore: [Int: Int] = [:]
            for answered in 1...slot.items.count {
                for sum in (answered * slot.scaleMin)...(answered * slot.scaleMax) {
                    let count = cell.counts[
                        slot.tallyOffset + (answered - 1) * slot.sumWidth + sum - answered * slot.scaleMin]
                    if count > 0 { byScore[slot.scale * sum / answered, default: 0] += count }
                }
            }
            return MeasureTally(
                scale: slot.scale, histogram: byScore.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                favorableMin: dimension.favorableMin,
                unfavorableMax: dimension.scaleMin + dimension.scaleMax - dimension.favorableMin)
        }
    }

    /// The complete-case sums of one dimension in a cell, for reliability (a layout that keeps them).
    public func reliability(ofDimension d: Int, in cell: CellAccumulator) -> ReliabilityTally {
        precondition(keepsReliability, "a layout without reliability sums")
        let slot = dimensionSlots[d]
        let k = slot.items.count
        let base = slot.completeOffset
        return ReliabilityTally(
            n: cell.counts[base],
            sums: Array(cell.counts[(base + 1)..<(base + 1 + k)]),
            crossProducts: (0..<k).map { j in
                Array(cell.counts[(base + 1 + k + j * k)..<(base + 1 + k + (j + 1) * k)])
            })
    }
}

/// Least common multiple of two positive integers.
private func lcm(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return a / x * b
}
