import PulseModel

/// The counts of a fold's cells, kept small so that folding a row touches few cache lines and a fold
/// of many cells takes little memory: the fold's storage on the per-row path.
///
/// Each cell's histograms (`FoldLayout.histogramWidth` counts, each growing by at most one per response)
/// have up to three tiers:
/// - 8 bits. A count can pass 255 only after its cell has taken as many more responses as it has room
///   for (255 − its largest count), so the cell is *checked* after that many: while its largest count
///   leaves room for at least `minimumRoom` more, it goes on in 8 bits. A cell whose answers spread over
///   the scale takes several hundred responses in its `histogramWidth + 3` bytes (two bytes track the
///   room, one takes the blanks of `PlainFoldKernel`).
/// - 16 bits, made when a check finds too little room: the 8-bit counts are added to them and emptied.
/// - a 64-bit `CellAccumulator` kept aside, which the 16-bit tier is added to (and emptied) before it
///   could pass `UInt16.max`: at a check or merge once the cell has taken `spillEvery` responses.
/// A layout that keeps complete-case sums (which grow by more than one per response) folds them
/// straight into 32-bit counts beside the cell, spilled with its 16-bit tier (`spillEvery` is low enough
/// for them too).
///
/// Every count stays exact, and reading a cell adds the tiers. `spillEvery` can be set low to test it.
///
///     var cells = CellCounts(layout: layout)
///     let slot = cells.append()
///     answers.withUnsafeBufferPointer { cells.add($0, to: slot) }
///     cells.cell(slot)                  // a CellAccumulator with the response
struct CellCounts: Sendable {
    let layout: FoldLayout
    /// The responses a cell's 16-bit (and 32-bit) tiers take before they are spilled.
    let spillEvery: Int
    /// Per cell: the responses taken since its last check, the responses its 8-bit counts have room for
    /// at that check, its 8-bit histograms, and the blanks' byte.
    private var recent: CellPages<UInt8>
    /// Per cell: its cell in `middle`, −1 while it has none.
    private var middleCell: [Int32] = []
    /// The 16-bit histograms of the cells that have them, `layout.histogramWidth` each.
    private var middle: CellPages<UInt16>
    /// Per cell (same index), when the layout has them: the complete-case sums, 32 bits each.
    private var sums: CellPages<Int32>?
    /// Per cell: the responses in its 8-bit and 16-bit (and 32-bit) tiers up to its last check.
    private var responses: [Int32] = []
    private var spilled: [Int: CellAccumulator] = [:]
    /// `layout`'s `PlainFoldTables` loop when it has one: plain pointers into tables that `layout` keeps
    /// alive, so that `add` copies it without reference counting.
    private let plain: PlainFoldKernel?

    /// The least room a check leaves a cell in 8 bits; less, and its counts move to 16 bits.
    private static let minimumRoom = 16
    /// How many rows ahead `add(_:to:)` asks for a batch's cells (`CacheLines`): on 2 M and 20 M responses,
    /// 8 took less time than 2, 4 or 6 (20 M, 160,000 cells: about 30% less than none).
    private static let prefetchDistance = 8
    /// Where a cell's histograms start in `recent`.
    private static let histogramsAt = 2

    init(layout: FoldLayout, spillEvery: Int? = nil) {
        self.layout = layout
        self.plain = layout.kernel.plain?.kernel
        recent = CellPages(stride: Self.histogramsAt + layout.histogramWidth + 1)
        middle = CellPages(stride: max(layout.histogramWidth, 1))
        if layout.width > layout.histogramWidth { sums = CellPages(stride: layout.width - layout.histogramWidth) }
        let safe = min(Int(UInt16.max), Int(Int32.max) / layout.kernel.maximumIncrement)
        self.spillEvery = min(spillEvery ?? .max, safe)
        precondition(self.spillEvery >= 2 * Int(UInt8.max), "spills must be rarer than checks")
    }

    /// The cells that have a 16-bit tier (what a fold holds beyond its 8-bit counts).
    var sixteenBitCells: Int { middle.count }

    /// The cells stored.
    var count: Int { responses.count }

    /// Adds an empty cell; returns its slot.
    mutating func append() -> Int {
        let slot = recent.append()  // zeros: no room, so the first response checks it
        middleCell.append(-1)
        responses.append(0)
        _ = sums?.append()
        return slot
    }

    /// Folds one response's raw answers into a cell (`FoldKernel.add`).
    ///
    /// - Complexity: O(items + Σ k²) additions, and O(layout width) at a check.
    @inline(__always)
    mutating func add(_ answers: UnsafeBufferPointer<Int8>, to slot: Int) {
        let cell = recent.mutableCell(slot)
        if cell[0] == cell[1] { check(slot, cell) }  // emptied in place: `cell` still points at it
        cell[0] &+= 1
        let histograms = cell + Self.histogramsAt
        if let plain {  // no sums: only the 8-bit tier changes
            plain.add(answers, histogramsAndTrash: histograms)
            return
        }
        layout.kernel.add(answers, histograms: histograms, sums: mutableSums(slot))
    }

    /// Folds a batch: response `r` of `rows` into the cell in `slots[r]`, as `add(_:to:)` does one at a
    /// time, but with the storage made unique, the kernel loaded and (for `PlainFoldKernel`) the answers
    /// checked once for the batch.
    mutating func add(_ rows: ResponseRows, to slots: UnsafeBufferPointer<Int>) {
        precondition(slots.count == rows.count, "a slot per response")
        guard let plain else {
            for row in 0..<rows.count { add(rows.answers(of: row), to: slots[row]) }
            return
        }
        plain.checkStride(UnsafeBufferPointer(start: rows.answers, count: rows.count * rows.itemCount))
        let cells = recent.mutableCells()  // no cell is added below, so it stays valid
        for row in 0..<rows.count {
            // The cells are far apart and a row touches most of the lines of its own: ask for those of a
            // later row now, so that they arrive while this one and the next few are counted.
            if row &+ Self.prefetchDistance < rows.count {
                CacheLines.prefetch(cells[slots[row &+ Self.prefetchDistance]], bytes: cells.stride)
            }
            let slot = slots[row]
            let cell = cells[slot]
            if cell[0] == cell[1] { check(slot, cell) }
            cell[0] &+= 1
            plain.addChecked(rows.answers(of: row), histogramsAndTrash: cell + Self.histogramsAt)
        }
    }

    /// Counts a cell's recent responses and gives it room for more: in 8 bits while it has at least
    /// `minimumRoom`, else after moving its counts to 16 bits (and spilling them when due).
    private mutating func check(_ slot: Int, _ cell: UnsafeMutablePointer<UInt8>) {
        responses[slot] += Int32(cell[0])
        cell[0] = 0
        if Int(responses[slot]) <= spillEvery - Int(UInt8.max) {
            let room = Int(UInt8.max) - Self.largest(cell + Self.histogramsAt, count: layout.histogramWidth)
            if room >= Self.minimumRoom {
                cell[1] = UInt8(room)
                return
            }
        }
        flush(slot)
    }

    /// The largest of `count` bytes.
    private static func largest(_ bytes: UnsafePointer<UInt8>, count: Int) -> Int {
        var top: UInt8 = 0
        for i in 0..<count { top = max(top, bytes[i]) }
        return Int(top)
    }

    /// A cell's complete-case sums, placed so that the layout's offsets (from `histogramWidth` up) index
    /// them; nil for a layout without sums.
    private mutating func mutableSums(_ slot: Int) -> UnsafeMutablePointer<Int32>? {
        guard sums != nil else { return nil }
        return sums!.mutableCell(slot) - layout.histogramWidth
    }

    /// Adds a cell of the same layout to a cell: into its 8-bit histograms when they can take it.
    mutating func merge(_ cell: CellAccumulator, into slot: Int) {
        cell.counts.withUnsafeBufferPointer { counts in
            merge(responses: cell.responses, counts: .wide(counts.baseAddress!), into: slot, wide: cell)
        }
    }

    /// Adds a cell of another store of the same layout to a cell: byte by byte when both are in their
    /// 8-bit tiers and no sum passes 255; both of its tiers into this cell's 16-bit tier when it has 16-bit
    /// counts and neither has sums nor would pass `spillEvery`; else through its 64-bit copy.
    mutating func merge(_ other: CellCounts, slot theirs: Int, into slot: Int) {
        let source = other.recent.cell(theirs)
        let responses = Int(other.responses[theirs]) + Int(source[0])
        guard other.middleCell[theirs] < 0 && other.spilled[theirs] == nil else {
            guard sums == nil && other.spilled[theirs] == nil,
                Int(self.responses[slot]) + Int(recent.cell(slot)[0]) + responses <= spillEvery - Int(UInt8.max)
            else { return merge(other.cell(theirs), into: slot) }
            // Every count is at most the responses of its cell, so no sum passes `UInt16.max`.
            if middleCell[slot] < 0 { flush(slot) }
            let (middle, theirMiddle) = (
                middle.mutableCell(Int(middleCell[slot])), other.middle.cell(Int(other.middleCell[theirs]))
            )
            for i in 0..<layout.histogramWidth { middle[i] &+= theirMiddle[i] }
            MergedCounts.bytes(source + Self.histogramsAt).add(to: middle, count: layout.histogramWidth)
            self.responses[slot] += Int32(responses)
            return
        }
        // Its 64-bit copy only where it is read (not captured by a closure: that copies the whole store).
        let wide = needsWide(responses) ? other.cell(theirs) : nil
        merge(responses: responses, counts: .bytes(source + Self.histogramsAt), into: slot, wide: wide)
    }

    /// Whether merging a cell of `responses` reads its 64-bit copy (`wide` of
    /// `merge(responses:counts:into:wide:)`): when this store keeps sums, or the cell is too large for a
    /// 16-bit tier.
    private func needsWide(_ responses: Int) -> Bool {
        sums != nil || responses > spillEvery - Int(UInt8.max)
    }

    /// Adds `responses` whose histograms are `counts` to a cell: into its 16-bit tier when it has that tier
    /// and no sums, byte by byte when no count would pass 255, else into the 16-bit tier after its 8-bit
    /// counts (or straight to the side cell when it is too large for it). The counts come from `counts`
    /// themselves when the cell has no sums, else from `wide` (the same cell with 64-bit counts and sums),
    /// which the caller gives when `needsWide`.
    private mutating func merge(responses added: Int, counts: MergedCounts, into slot: Int, wide: CellAccumulator?) {
        let width = layout.histogramWidth
        let cell = recent.mutableCell(slot)
        let histograms = cell + Self.histogramsAt
        if sums == nil && Int(responses[slot]) + Int(cell[0]) + added <= spillEvery - Int(UInt8.max) {
            if middleCell[slot] >= 0 {  // a large cell (a cluster's, the program's): into its 16-bit tier
                // No count passes the responses checked above (below `UInt16.max`).
                counts.add(to: middle.mutableCell(Int(middleCell[slot])), count: width)
                responses[slot] += Int32(added)
                return
            }
            if counts.addIfRoom(to: histograms, count: width) {
                responses[slot] += Int32(Int(cell[0]) + added)
                (cell[0], cell[1]) = (0, 0)  // checked at the next response
                return
            }
        }
        flush(slot)
        if Int(responses[slot]) + added > spillEvery - Int(UInt8.max) {
            spill(slot)
            guard added <= spillEvery - Int(UInt8.max) else {
                let cell64 = wide!
                return spilled[slot, default: cell64.emptyCopy].merge(cell64)
            }
        }
        responses[slot] += Int32(added)
        let middle = middle.mutableCell(Int(middleCell[slot]))
        guard let sums = mutableSums(slot) else { return counts.add(to: middle, count: width) }
        let cell64 = wide!
        for i in 0..<width { middle[i] += UInt16(cell64.counts[i]) }
        for i in width..<layout.width { sums[i] += Int32(cell64.counts[i]) }
    }

    /// The cell in a slot, with 64-bit counts.
    func cell(_ slot: Int) -> CellAccumulator {
        let cell = CellAccumulator(responses: Int(responses[slot]) + Int(recent.cell(slot)[0]), counts: tiers(slot))
        guard !spilled.isEmpty, let side = spilled[slot] else { return cell }
        return side + cell
    }

    /// A cell's 8- and 16-bit histograms and 32-bit sums (not its side cell), as 64-bit counts in
    /// `FoldLayout` order: each count written once, a tier at a time (a cell is read for every group of
    /// the table).
    private func tiers(_ slot: Int) -> [Int] {
        let (width, all) = (layout.histogramWidth, layout.width)
        let recent = self.recent.cell(slot) + Self.histogramsAt
        let middle = middleCell[slot] >= 0 ? self.middle.cell(Int(middleCell[slot])) : nil
        let sums = self.sums?.cell(slot)
        return [Int](unsafeUninitializedCapacity: all) { counts, initialized in
            if let middle {
                for i in 0..<width { counts[i] = Int(middle[i]) &+ Int(recent[i]) }
            } else {
                for i in 0..<width { counts[i] = Int(recent[i]) }
            }
            if let sums {
                for i in width..<all { counts[i] = Int(sums[i - width]) }
            } else {
                for i in width..<all { counts[i] = 0 }
            }
            initialized = all
        }
    }

    /// Counts a cell's recent responses, adds its 8-bit histograms to its 16-bit tier (made if need be)
    /// and empties them, so that it has room for 255 responses; spills the 16- and 32-bit tiers when the
    /// next 255 responses could overflow them.
    private mutating func flush(_ slot: Int) {
        if middleCell[slot] < 0 {
            precondition(middle.count < Int(Int32.max), "too many cells")
            middleCell[slot] = Int32(middle.append())
        }
        let (cell, histograms) = (recent.mutableCell(slot), middle.mutableCell(Int(middleCell[slot])))
        responses[slot] += Int32(cell[0])
        (cell[0], cell[1]) = (0, UInt8.max)
        MergedCounts.bytes(cell + Self.histogramsAt).add(to: histograms, count: layout.histogramWidth)
        (cell + Self.histogramsAt).update(repeating: 0, count: layout.histogramWidth)
        if Int(responses[slot]) > spillEvery - Int(UInt8.max) { spill(slot) }
    }

    /// Moves a cell's 16- and 32-bit tiers into its 64-bit side cell and empties them (its 8-bit tier
    /// is empty).
    private mutating func spill(_ slot: Int) {
        let part = CellAccumulator(responses: Int(responses[slot]), counts: tiers(slot))
        if middleCell[slot] >= 0 {
            middle.mutableCell(Int(middleCell[slot])).update(repeating: 0, count: layout.histogramWidth)
        }
        if let sums = mutableSums(slot) {
            (sums + layout.histogramWidth).update(repeating: 0, count: layout.width - layout.histogramWidth)
        }
        spilled[slot, default: part.emptyCopy].merge(part)
        responses[slot] = 0
    }
}

extension CellAccumulator {
    /// An empty cell of the same width.
    fileprivate var emptyCopy: CellAccumulator {
        CellAccumulator(responses: 0, counts: Array(repeating: 0, count: counts.count))
    }
}
