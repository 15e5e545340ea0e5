/// The counts of a fold's cells, kept small so that folding a row touches few cache lines: the fold's
/// storage on the per-row path.
///
/// Each cell has two tiers. Its histograms (`FoldLayout.histogramWidth` counts, each growing by at most
/// one per response) are counted in 8 bits, beside the number of responses they hold; after 255
/// responses they are flushed into the cell's 32-bit counts, which also take the complete-case sums
/// directly. A row thus touches about a quarter of the bytes that 64-bit counts would take.
///
/// Every count stays exact: before the 32-bit counts could pass `Int32.max` (after `spillEvery`
/// responses, so that no sum can overflow before) they are added to a 64-bit `CellAccumulator` kept
/// aside and emptied; reading a cell adds the tiers. With answers on a 1–5 scale that happens after 85
/// million responses in one cell, so in practice never, and `spillEvery` can be set low to test it.
///
///     var cells = CellCounts(layout: layout)
///     let slot = cells.append()
///     answers.withUnsafeBufferPointer { cells.add($0, to: slot) }
///     cells.cell(slot)                  // a CellAccumulator with the response
struct CellCounts: Sendable {
    let layout: FoldLayout
    /// The responses a cell's 32-bit counts take before they are spilled.
    let spillEvery: Int
    /// Per cell: the responses not yet flushed, then their histograms, 8 bits each.
    private var recent: [UInt8] = []
    /// Per cell: `layout.width` counts.
    private var counts: [Int32] = []
    /// Per cell: the responses in `counts`.
    private var responses: [Int32] = []
    private var spilled: [Int: CellAccumulator] = [:]

    private static let flushEvery = Int(UInt8.max)

    init(layout: FoldLayout, spillEvery: Int? = nil) {
        self.layout = layout
        self.spillEvery = min(spillEvery ?? .max, Int(Int32.max) / layout.kernel.maximumIncrement)
        precondition(self.spillEvery >= 2 * Self.flushEvery, "spills must be rarer than flushes")
    }

    private var recentStride: Int { layout.histogramWidth + 1 }

    /// The number of cells.
    var count: Int { responses.count }

    /// Adds an empty cell; returns its slot.
    mutating func append() -> Int {
        recent.append(contentsOf: repeatElement(0, count: recentStride))
        counts.append(contentsOf: repeatElement(0, count: layout.width))
        responses.append(0)
        return responses.count - 1
    }

    /// Folds one response's raw answers into a cell (`FoldKernel.add`).
    ///
    /// - Complexity: O(items + Σ k²) additions, and O(layout width) every 255 responses of the cell.
    mutating func add(_ answers: UnsafeBufferPointer<Int8>, to slot: Int) {
        let (stride, width) = (recentStride, layout.width)
        if Int(recent[slot * stride]) == Self.flushEvery { flush(slot) }
        recent.withUnsafeMutableBufferPointer { recent in
            counts.withUnsafeMutableBufferPointer { counts in
                let cell = recent.baseAddress! + slot * stride
                cell[0] += 1
                layout.kernel.add(answers, histograms: cell + 1, sums: counts.baseAddress! + slot * width)
            }
        }
    }

    /// Adds a cell of the same layout to a cell.
    mutating func merge(_ cell: CellAccumulator, into slot: Int) {
        flush(slot)
        if Int(responses[slot]) + cell.responses > spillEvery - Self.flushEvery {
            spill(slot)
            guard cell.responses <= spillEvery - Self.flushEvery else {
                return spilled[slot, default: cell.emptyCopy].merge(cell)
            }
        }
        responses[slot] += Int32(cell.responses)
        let base = slot * layout.width
        for (i, count) in cell.counts.enumerated() { counts[base + i] += Int32(count) }
    }

    /// The cell in a slot, with 64-bit counts.
    func cell(_ slot: Int) -> CellAccumulator {
        let base = slot * layout.width
        var mine = counts[base..<(base + layout.width)].map { Int($0) }
        let first = slot * recentStride
        for i in 0..<layout.histogramWidth { mine[i] += Int(recent[first + 1 + i]) }
        let cell = CellAccumulator(responses: Int(responses[slot]) + Int(recent[first]), counts: mine)
        return spilled[slot].map { $0 + cell } ?? cell
    }

    /// Adds a cell's 8-bit histograms to its 32-bit counts and empties them; spills the 32-bit counts
    /// first when the next 255 responses could overflow them.
    private mutating func flush(_ slot: Int) {
        let first = slot * recentStride
        let base = slot * layout.width
        responses[slot] += Int32(recent[first])
        recent[first] = 0
        for i in 0..<layout.histogramWidth {
            counts[base + i] += Int32(recent[first + 1 + i])
            recent[first + 1 + i] = 0
        }
        if Int(responses[slot]) > spillEvery - Self.flushEvery { spill(slot) }
    }

    /// Moves a cell's 32-bit counts into its 64-bit side cell and empties them (its 8-bit tier is empty).
    private mutating func spill(_ slot: Int) {
        let base = slot * layout.width
        let part = CellAccumulator(
            responses: Int(responses[slot]), counts: counts[base..<(base + layout.width)].map { Int($0) })
        spilled[slot, default: part.emptyCopy].merge(part)
        responses[slot] = 0
        for i in base..<(base + layout.width) { counts[i] = 0 }
    }
}

extension CellAccumulator {
    /// An empty cell of the same width.
    fileprivate var emptyCopy: CellAccumulator {
        CellAccumulator(responses: 0, counts: Array(repeating: 0, count: counts.count))
    }
}
