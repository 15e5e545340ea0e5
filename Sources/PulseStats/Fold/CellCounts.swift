/// The counts of a fold's cells, kept small so that folding a row touches few cache lines and a fold
/// of many cells takes little memory: the fold's storage on the per-row path.
///
/// Each cell has up to three tiers. Its histograms (`FoldLayout.histogramWidth` counts, each growing by
/// at most one per response) are counted in 8 bits, beside the number of responses they hold. After 255
/// responses they are flushed into the cell's 32-bit counts, made at the first flush (or at once when
/// the layout keeps complete-case sums, which go straight to 32 bits): a cell that never sees 255
/// responses costs `histogramWidth + 2` bytes (one byte takes the blanks of `PlainFoldKernel`).
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
    /// Per cell: where its 32-bit counts start in `wide`, −1 while it has none.
    private var wideStart: [Int] = []
    /// The 32-bit counts of the cells that have them, `layout.width` each.
    private var wide: [Int32] = []
    /// Per cell: the responses in its 32-bit counts.
    private var responses: [Int32] = []
    private var spilled: [Int: CellAccumulator] = [:]
    /// `layout`'s `PlainFoldTables` loop when it has one: plain pointers into tables that `layout` keeps
    /// alive, so that `add` copies it without reference counting.
    private let plain: PlainFoldKernel?

    private static let flushEvery = Int(UInt8.max)

    init(layout: FoldLayout, spillEvery: Int? = nil) {
        self.layout = layout
        self.plain = layout.kernel.plain?.kernel
        self.spillEvery = min(spillEvery ?? .max, Int(Int32.max) / layout.kernel.maximumIncrement)
        precondition(self.spillEvery >= 2 * Self.flushEvery, "spills must be rarer than flushes")
    }

    /// A cell's bytes in `recent`: its responses, its histograms, and one byte that takes the blanks of
    /// `PlainFoldKernel` (read by nothing).
    private var recentStride: Int { layout.histogramWidth + 2 }
    /// Whether the layout has counts beyond the histograms (complete-case sums), folded in 32 bits.
    private var hasSums: Bool { layout.width > layout.histogramWidth }

    /// Adds an empty cell; returns its slot.
    mutating func append() -> Int {
        recent.append(contentsOf: repeatElement(0, count: recentStride))
        wideStart.append(-1)
        responses.append(0)
        let slot = responses.count - 1
        if hasSums { makeWide(slot) }
        return slot
    }

    /// Folds one response's raw answers into a cell (`FoldKernel.add`).
    ///
    /// - Complexity: O(items + Σ k²) additions, and O(layout width) every 255 responses of the cell.
    mutating func add(_ answers: UnsafeBufferPointer<Int8>, to slot: Int) {
        let stride = recentStride
        if Int(recent[slot * stride]) == Self.flushEvery { flush(slot) }
        if let plain {  // no sums: only the 8-bit tier changes
            recent.withUnsafeMutableBufferPointer { recent in
                let cell = recent.baseAddress! + slot &* stride  // `recent[slot * stride]` was in bounds
                cell[0] += 1
                plain.add(answers, histogramsAndTrash: cell + 1)
            }
            return
        }
        let start = wideStart[slot]  // a layout with sums gives every cell its 32-bit counts at once
        recent.withUnsafeMutableBufferPointer { recent in
            wide.withUnsafeMutableBufferPointer { wide in
                let cell = recent.baseAddress! + slot * stride
                cell[0] += 1
                layout.kernel.add(
                    answers, histograms: cell + 1, sums: start >= 0 ? wide.baseAddress.map { $0 + start } : nil)
            }
        }
    }

    /// Adds a cell of the same layout to a cell: into its 8-bit histograms while they can take it.
    mutating func merge(_ cell: CellAccumulator, into slot: Int) {
        let first = slot * recentStride
        if !hasSums && Int(recent[first]) + cell.responses <= Self.flushEvery {
            recent[first] += UInt8(cell.responses)
            for i in 0..<layout.histogramWidth { recent[first + 1 + i] += UInt8(cell.counts[i]) }
            return
        }
        flush(slot)
        if Int(responses[slot]) + cell.responses > spillEvery - Self.flushEvery {
            spill(slot)
            guard cell.responses <= spillEvery - Self.flushEvery else {
                return spilled[slot, default: cell.emptyCopy].merge(cell)
            }
        }
        responses[slot] += Int32(cell.responses)
        let base = wideStart[slot]
        for (i, count) in cell.counts.enumerated() { wide[base + i] += Int32(count) }
    }

    /// The cell in a slot, with 64-bit counts.
    func cell(_ slot: Int) -> CellAccumulator {
        let first = slot * recentStride
        var counts = Array(repeating: 0, count: layout.width)
        if wideStart[slot] >= 0 {
            for i in 0..<layout.width { counts[i] = Int(wide[wideStart[slot] + i]) }
        }
        for i in 0..<layout.histogramWidth { counts[i] += Int(recent[first + 1 + i]) }
        let cell = CellAccumulator(responses: Int(responses[slot]) + Int(recent[first]), counts: counts)
        return spilled[slot].map { $0 + cell } ?? cell
    }

    /// Gives a cell its 32-bit counts.
    private mutating func makeWide(_ slot: Int) {
        wideStart[slot] = wide.count
        wide.append(contentsOf: repeatElement(0, count: layout.width))
    }

    /// Adds a cell's 8-bit histograms to its 32-bit counts (made if need be) and empties them; spills
    /// the 32-bit counts first when the next 255 responses could overflow them.
    private mutating func flush(_ slot: Int) {
        if wideStart[slot] < 0 { makeWide(slot) }
        let first = slot * recentStride
        let base = wideStart[slot]
        responses[slot] += Int32(recent[first])
        recent[first] = 0
        for i in 0..<layout.histogramWidth {
            wide[base + i] += Int32(recent[first + 1 + i])
            recent[first + 1 + i] = 0
        }
        if Int(responses[slot]) > spillEvery - Self.flushEvery { spill(slot) }
    }

    /// Moves a cell's 32-bit counts into its 64-bit side cell and empties them (its 8-bit tier is empty).
    private mutating func spill(_ slot: Int) {
        let base = wideStart[slot]
        let part = CellAccumulator(
            responses: Int(responses[slot]), counts: wide[base..<(base + layout.width)].map { Int($0) })
        spilled[slot, default: part.emptyCopy].merge(part)
        responses[slot] = 0
        for i in base..<(base + layout.width) { wide[i] = 0 }
    }
}

extension CellAccumulator {
    /// An empty cell of the same width.
    fileprivate var emptyCopy: CellAccumulator {
        CellAccumulator(responses: 0, counts: Array(repeating: 0, count: counts.count))
    }
}
