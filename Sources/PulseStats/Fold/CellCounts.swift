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
    private var recent: CellPages<UInt8>
    /// Per cell: its cell in `wide`, −1 while it has none.
    private var wideCell: [Int] = []
    /// The 32-bit counts of the cells that have them, `layout.width` each.
    private var wide: CellPages<Int32>
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
        recent = CellPages(stride: layout.histogramWidth + 2)
        wide = CellPages(stride: layout.width)
        self.spillEvery = min(spillEvery ?? .max, Int(Int32.max) / layout.kernel.maximumIncrement)
        precondition(self.spillEvery >= 2 * Self.flushEvery, "spills must be rarer than flushes")
    }

    // A cell's bytes in `recent`: its responses, its histograms, and one byte that takes the blanks of
    // `PlainFoldKernel` (read by nothing).
    /// Whether the layout has counts beyond the histograms (complete-case sums), folded in 32 bits.
    private var hasSums: Bool { layout.width > layout.histogramWidth }

    /// Adds an empty cell; returns its slot.
    mutating func append() -> Int {
        let slot = recent.append()
        wideCell.append(-1)
        responses.append(0)
        if hasSums { makeWide(slot) }
        return slot
    }

    /// Folds one response's raw answers into a cell (`FoldKernel.add`).
    ///
    /// - Complexity: O(items + Σ k²) additions, and O(layout width) every 255 responses of the cell.
    mutating func add(_ answers: UnsafeBufferPointer<Int8>, to slot: Int) {
        let cell = recent.mutableCell(slot)
        if Int(cell[0]) == Self.flushEvery { flush(slot) }  // emptied in place: `cell` still points at it
        cell[0] += 1
        if let plain {  // no sums: only the 8-bit tier changes
            plain.add(answers, histogramsAndTrash: cell + 1)
            return
        }
        let sums = wideCell[slot]  // a layout with sums gives every cell its 32-bit counts at once
        layout.kernel.add(answers, histograms: cell + 1, sums: sums >= 0 ? wide.mutableCell(sums) : nil)
    }

    /// Adds a cell of the same layout to a cell: into its 8-bit histograms while they can take it.
    mutating func merge(_ cell: CellAccumulator, into slot: Int) {
        if !hasSums && Int(recent.cell(slot)[0]) + cell.responses <= Self.flushEvery {
            let mine = recent.mutableCell(slot)
            mine[0] += UInt8(cell.responses)
            for i in 0..<layout.histogramWidth { mine[1 + i] += UInt8(cell.counts[i]) }
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
        let counts = wide.mutableCell(wideCell[slot])
        for (i, count) in cell.counts.enumerated() { counts[i] += Int32(count) }
    }

    /// Adds a cell of another store of the same layout to a cell: byte by byte while both are in their
    /// 8-bit tiers and the sum fits (a part's cell, merged into a fold that has few or none of its
    /// responses), else through `merge(_:into:)`.
    mutating func merge(_ other: CellCounts, slot theirs: Int, into slot: Int) {
        if !hasSums && other.wideCell[theirs] < 0 && other.spilled[theirs] == nil {
            let source = other.recent.cell(theirs)
            let target = recent.mutableCell(slot)
            if Int(target[0]) + Int(source[0]) <= Self.flushEvery {
                for i in 0...layout.histogramWidth { target[i] += source[i] }  // the count, then the histograms
                return
            }
        }
        merge(other.cell(theirs), into: slot)
    }

    /// The cell in a slot, with 64-bit counts.
    func cell(_ slot: Int) -> CellAccumulator {
        let recent = recent.cell(slot)
        var counts = Array(repeating: 0, count: layout.width)
        if wideCell[slot] >= 0 {
            let wide = wide.cell(wideCell[slot])
            for i in 0..<layout.width { counts[i] = Int(wide[i]) }
        }
        for i in 0..<layout.histogramWidth { counts[i] += Int(recent[1 + i]) }
        let cell = CellAccumulator(responses: Int(responses[slot]) + Int(recent[0]), counts: counts)
        return spilled[slot].map { $0 + cell } ?? cell
    }

    /// Gives a cell its 32-bit counts.
    private mutating func makeWide(_ slot: Int) {
        wideCell[slot] = wide.append()
    }

    /// Adds a cell's 8-bit histograms to its 32-bit counts (made if need be) and empties them; spills
    /// the 32-bit counts first when the next 255 responses could overflow them.
    private mutating func flush(_ slot: Int) {
        if wideCell[slot] < 0 { makeWide(slot) }
        let (cell, counts) = (recent.mutableCell(slot), wide.mutableCell(wideCell[slot]))
        responses[slot] += Int32(cell[0])
        cell[0] = 0
        for i in 0..<layout.histogramWidth {
            counts[i] += Int32(cell[1 + i])
            cell[1 + i] = 0
        }
        if Int(responses[slot]) > spillEvery - Self.flushEvery { spill(slot) }
    }

    /// Moves a cell's 32-bit counts into its 64-bit side cell and empties them (its 8-bit tier is empty).
    private mutating func spill(_ slot: Int) {
        let counts = wide.mutableCell(wideCell[slot])
        let part = CellAccumulator(responses: Int(responses[slot]), counts: (0..<layout.width).map { Int(counts[$0]) })
        spilled[slot, default: part.emptyCopy].merge(part)
        responses[slot] = 0
        counts.update(repeating: 0, count: layout.width)
    }
}

extension CellAccumulator {
    /// An empty cell of the same width.
    fileprivate var emptyCopy: CellAccumulator {
        CellAccumulator(responses: 0, counts: Array(repeating: 0, count: counts.count))
    }
}
