import PulseModel

/// Where each statistic of a cell lives in the flat count array of a `CellAccumulator`, derived once
/// from the instrument so that folding a response touches nothing but integers.
///
/// The count array holds, in this order (the histograms first, then the sums):
/// - per item: a histogram of scored answers (reverse items reflected by `Item.score`), one count per
///   scale point, score `s` at `itemOffset + s − scaleMin`; blanks are not counted;
/// - per dimension of `k` items: a histogram of respondents' scores t/c (c = items answered, 1…k; t =
///   the sum of their scores), one count per distinct score, ascending (`DimensionSlot.scaledScores`
///   holds them as L·t/c); a response's (c, t) finds its count through `DimensionSlot.bins`;
/// - per dimension, over listwise complete cases (all `k` items answered): the case count, the `k`
///   item sums Σxᵢ and the `k × k` sums of products Σxᵢxⱼ (row-major).
///
/// Example: 4 items of one dimension on 1–5 take 4·5 (histograms) + 25 (distinct means of 1–4 answers:
/// 1, 1.25, 1.33, 1.5, …, 5) + 1 + 4 + 16 counts. A layout without reliability leaves the complete-case
/// sums out (4·5 + 25 counts): what a table without Cronbach's alpha needs.
public struct FoldLayout: Hashable, Sendable {
    /// The instrument the layout was derived from.
    public let instrument: Instrument
    /// Whether cells keep the complete-case sums that reliability needs.
    public let keepsReliability: Bool
    /// Number of counts in a cell.
    public let width: Int
    /// The histograms come first: counts `0..<histogramWidth` grow by at most one per response (the
    /// complete-case sums after them by more).
    let histogramWidth: Int
    let itemOffsets: [Int]
    let dimensionSlots: [DimensionSlot]
    /// The same places as flat integers, for the hot loop.
    let kernel: FoldKernel
    /// Per item and per dimension: its score histogram.
    let itemBins: [ScoreBins]
    let dimensionBins: [ScoreBins]

    /// The place of one dimension's statistics.
    struct DimensionSlot: Hashable, Sendable {
        /// Positions of the dimension's items in the instrument.
        let items: [Int]
        let scaleMin: Int
        let scaleMax: Int
        /// Where the score histogram starts.
        let scoreOffset: Int
        /// The distinct scores L·t/c, ascending: one count each.
        let scaledScores: [Int]
        /// k·(scaleMax − scaleMin) + 1: the sums t a number of answers c can have.
        let sumWidth: Int
        /// Per (c, t) at (c − 1)·sumWidth + t − c·scaleMin: the position of L·t/c in `scaledScores`
        /// (−1 for a sum c answers cannot have).
        let bins: [Int]
        /// The complete-case sums; −1 when the layout keeps none.
        let completeOffset: Int
        /// L = lcm(1…k): a dimension score t/c is held as the integer L·t/c.
        let scale: Int

        init(items: [Int], scaleMin: Int, scaleMax: Int, scoreOffset: Int, completeOffset: Int) {
            let k = items.count
            let scale = (1...max(k, 1)).reduce(1, lcm)
            let sumWidth = k * (scaleMax - scaleMin) + 1
            let pairs = (1...max(k, 1)).flatMap { c in (c * scaleMin...c * scaleMax).map { t in (c, t) } }
            let scores = Set(pairs.map { scale * $0.1 / $0.0 }).sorted()
            let position = Dictionary(uniqueKeysWithValues: scores.enumerated().map { ($1, $0) })
            var bins = Array(repeating: -1, count: max(k, 1) * sumWidth)
            for (c, t) in pairs { bins[(c - 1) * sumWidth + t - c * scaleMin] = position[scale * t / c]! }
            (self.items, self.scaleMin, self.scaleMax, self.scoreOffset) = (items, scaleMin, scaleMax, scoreOffset)
            (self.scaledScores, self.sumWidth, self.bins) = (scores, sumWidth, bins)
            (self.completeOffset, self.scale) = (completeOffset, scale)
        }
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
        var scoreOffsets: [Int] = []
        for dimension in instrument.dimensions {
            scoreOffsets.append(offset)
            offset +=
                DimensionSlot(
                    items: dimension.itemIndices, scaleMin: dimension.scaleMin, scaleMax: dimension.scaleMax,
                    scoreOffset: offset, completeOffset: -1
                ).scaledScores.count
        }
        self.histogramWidth = offset
        for (d, dimension) in instrument.dimensions.enumerated() {
            let k = dimension.itemIndices.count
            slots.append(
                DimensionSlot(
                    items: dimension.itemIndices, scaleMin: dimension.scaleMin, scaleMax: dimension.scaleMax,
                    scoreOffset: scoreOffsets[d], completeOffset: reliability ? offset : -1))
            if reliability { offset += 1 + k + k * k }
        }
        self.itemOffsets = itemOffsets
        self.dimensionSlots = slots
        self.width = offset
        self.kernel = FoldKernel(
            instrument: instrument, itemOffsets: itemOffsets, dimensions: slots, histogramWidth: histogramWidth)
        self.itemBins = instrument.items.enumerated().map { i, item in
            ScoreBins(
                offset: itemOffsets[i], scaledScores: Array(item.scaleMin...item.scaleMax), scale: 1,
                favorableMin: item.favorableMin, unfavorableMax: item.scaleMin + item.scaleMax - item.favorableMin)
        }
        self.dimensionBins = zip(instrument.dimensions, slots).map { dimension, slot in
            ScoreBins(
                offset: slot.scoreOffset, scaledScores: slot.scaledScores, scale: slot.scale,
                favorableMin: dimension.favorableMin,
                unfavorableMax: dimension.scaleMin + dimension.scaleMax - dimension.favorableMin)
        }
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

    /// Adds one response's raw answers to a cell's counts through pointers (see `FoldKernel.add`).
    func add(_ answers: UnsafeBufferPointer<Int8>, to c: UnsafeMutableBufferPointer<Int>) {
        precondition(c.count == width, "a cell of another layout")
        kernel.add(answers, histograms: c.baseAddress!, sums: c.baseAddress!)
    }

    /// Where one measure's score histogram lies in a cell, and its scores.
    struct ScoreBins: Hashable, Sendable {
        /// Where the histogram starts in a cell's counts.
        let offset: Int
        /// The scaled score L × score of each count, ascending.
        let scaledScores: [Int]
        let scale: Int
        let favorableMin: Int
        let unfavorableMax: Int
        /// The bins `ScoreMoments.add(scaledScore:count:)` counts as favorable, `favorableFrom...`, and as
        /// unfavorable, `..<unfavorableEnd` (the scores ascend; a bin that is both is favorable).
        let favorableFrom: Int
        let unfavorableEnd: Int

        init(offset: Int, scaledScores: [Int], scale: Int, favorableMin: Int, unfavorableMax: Int) {
            (self.offset, self.scaledScores, self.scale) = (offset, scaledScores, scale)
            (self.favorableMin, self.unfavorableMax) = (favorableMin, unfavorableMax)
            favorableFrom = scaledScores.firstIndex { $0 >= favorableMin * scale } ?? scaledScores.count
            unfavorableEnd = min(
                favorableFrom, scaledScores.firstIndex { $0 > unfavorableMax * scale } ?? scaledScores.count)
        }
    }

    /// The histogram of a measure: `itemBins` or `dimensionBins`.
    func bins(of measure: Measure) -> ScoreBins {
        switch measure {
        case .item(let i): itemBins[i]
        case .dimension(let d): dimensionBins[d]
        }
    }

    /// The exact tally of one measure in a cell (or a merge of cells).
    public func tally(_ measure: Measure, in cell: CellAccumulator) -> MeasureTally {
        let bins = bins(of: measure)
        return MeasureTally(
            scale: bins.scale, histogram: zip(bins.scaledScores, cell.counts[bins.offset...]),
            favorableMin: bins.favorableMin, unfavorableMax: bins.unfavorableMax)
    }

    /// The sums of one measure's scores in a cell: `tally(measure, in: cell).moments` without the tally's
    /// arrays.
    ///
    /// Called for every measure of every group on all cores: the bins are read in place, not copied out
    /// of their array, so that the cores do not take turns changing the reference counts of the layout's
    /// arrays.
    public func moments(_ measure: Measure, in cell: CellAccumulator) -> ScoreMoments {
        let (all, position) =
            switch measure {
            case .item(let i): (itemBins, i)
            case .dimension(let d): (dimensionBins, d)
            }
        return all.withUnsafeBufferPointer { all in
            let bins = UnsafePointer(all.baseAddress! + position)
            var moments = ScoreMoments(
                scale: bins.pointee.scale, favorableMin: bins.pointee.favorableMin,
                unfavorableMax: bins.pointee.unfavorableMax)
            cell.counts.withUnsafeBufferPointer { counts in
                bins.pointee.scaledScores.withUnsafeBufferPointer { scores in
                    precondition(bins.pointee.offset + scores.count <= counts.count, "a cell of another layout")
                    moments.add(
                        scaledScores: scores, counts: counts.baseAddress! + bins.pointee.offset,
                        favorableFrom: bins.pointee.favorableFrom, unfavorableEnd: bins.pointee.unfavorableEnd)
                }
            }
            return moments
        }
    }

    /// The respondents with a score on one measure in a cell: `tally(measure, in: cell).n` without the
    /// tally.
    public func respondents(_ measure: Measure, in cell: CellAccumulator) -> Int {
        let bins = bins(of: measure)
        return cell.counts[bins.offset..<(bins.offset + bins.scaledScores.count)].reduce(0, +)
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
