import PulseModel

/// The fold's hot loop for a layout without complete-case sums (what `pulse stats` folds): each
/// dimension's raw answers taken together as one number, which finds the dimension-score count in a
/// precomputed table, so that a response costs a few table reads per item and none of the count / sum /
/// bin arithmetic of `FoldKernel`'s general loop.
///
/// A dimension of `k` items whose raw answers are `a₁…aₖ` (each 0…`answerStride` − 1, 0 a blank) has the
/// combined index `((a₁ · stride + a₂) · stride + …) · stride + aₖ`; its table holds, per index, the
/// offset in the cell of the count of the score those answers give. Item answers find their histogram
/// count in a per-item table, as in `FoldKernel`. Every entry is derived from `FoldKernel`'s own table,
/// so both loops count in the same places. A blank has a place too, one count past the histograms
/// (`PlainFoldKernel.trash`), so that a cell with room for it takes a response without a branch per
/// answer.
///
/// Made only when it is small and certain to agree with the general loop: no complete-case sums, every
/// dimension's items on the dimension's scale, every dimension's table at most `maximumEntries`, and
/// every offset within `Int16`. Otherwise `FoldKernel` uses its general loop.
///
///     let layout = FoldLayout(instrument: instrument, reliability: false)
///     layout.kernel.plain?.kernel.add(answers, histograms: counts)   // nil: the layout does not qualify
final class PlainFoldTables: @unchecked Sendable {  // immutable after init
    /// The most entries one dimension's table may have.
    static let maximumEntries = 1 << 16

    /// Pointers into this object's memory, valid while it lives.
    let kernel: PlainFoldKernel
    private let memory: UnsafeMutableRawPointer

    /// The tables of a kernel's layout, or nil when it does not qualify (see above).
    init?(
        _ general: FoldKernel, instrument: Instrument, dimensions slots: [FoldLayout.DimensionSlot], histogramWidth: Int
    ) {
        let stride = general.answerStride
        let items = instrument.items
        guard slots.allSatisfy({ $0.completeOffset < 0 }),
            slots.allSatisfy({ slot in
                slot.items.allSatisfy { items[$0].scaleMin == slot.scaleMin && items[$0].scaleMax == slot.scaleMax }
            }),
            Set(slots.flatMap(\.items)) == Set(items.indices), slots.flatMap(\.items).count == items.count,
            histogramWidth < Int(Int16.max)
        else { return nil }
        var sizes: [Int] = []
        for slot in slots {
            var size = 1
            for _ in slot.items {
                size *= stride
                guard size <= Self.maximumEntries else { return nil }
            }
            sizes.append(size)
        }
        let trash = histogramWidth
        let members = slots.flatMap(\.items)
        // Per member and raw answer, as `FoldKernel` has them, but blanks and answers off scale in `trash`.
        let itemSlots = members.flatMap { item in
            (0..<stride).map { answer in max(general.table[general.slotsAt + item * stride + answer], -1) }
        }.map { $0 < 0 ? trash : $0 }
        var scoreSlots: [Int] = []
        for (slot, size) in zip(slots, sizes) {
            for index in 0..<size {
                var (count, sum, offScale) = (0, 0, false)
                var rest = index  // the raw answers, the last item's least significant
                for item in slot.items.reversed() {
                    let place = item * stride + rest % stride
                    rest /= stride
                    switch general.table[general.slotsAt + place] {
                    case -1: continue
                    case -2: offScale = true
                    default:
                        count += 1
                        sum += general.table[general.scoresAt + place]
                    }
                }
                if offScale {
                    scoreSlots.append(-1)
                } else if count == 0 {
                    scoreSlots.append(trash)
                } else {
                    scoreSlots.append(
                        slot.scoreOffset + slot.bins[(count - 1) * slot.sumWidth + sum - count * slot.scaleMin])
                }
            }
        }
        var dimensions: [Int] = []
        var tableStart = 0
        for (slot, size) in zip(slots, sizes) {
            dimensions += [slot.items.count, tableStart]
            tableStart += size
        }
        // One allocation: the Int arrays first (8-byte aligned), then the Int16 tables.
        let ints = members.count + dimensions.count
        let shorts = itemSlots.count + scoreSlots.count
        memory = .allocate(byteCount: 8 * ints + 2 * shorts, alignment: 8)
        let intBase = memory.bindMemory(to: Int.self, capacity: ints)
        intBase.initialize(from: members + dimensions, count: ints)
        let shortBase = (memory + 8 * ints).bindMemory(to: Int16.self, capacity: shorts)
        shortBase.initialize(from: (itemSlots + scoreSlots).map { Int16($0) }, count: shorts)
        kernel = PlainFoldKernel(
            itemCount: items.count, dimensionCount: slots.count, answerStride: stride, trash: trash,
            membersInOrder: members == Array(items.indices), members: intBase, dimensions: intBase + members.count,
            fourItemTable: slots.allSatisfy({ $0.items.count == 4 }) ? stride * stride * stride * stride : nil,
            itemSlots: shortBase, scoreSlots: shortBase + itemSlots.count)
    }

    deinit { memory.deallocate() }
}

/// The loop of `PlainFoldTables`: plain values and pointers, so that a caller holding the tables (and so
/// keeping them alive) can copy it into a hot loop without reference counting. Sendable: the pointers
/// are only read, and the tables never change.
struct PlainFoldKernel: @unchecked Sendable {
    let itemCount: Int
    let dimensionCount: Int
    let answerStride: Int
    /// Where blanks are counted: the count after the histograms (`FoldLayout.histogramWidth`), which a
    /// cell given to `add(_:histogramsAndTrash:)` has and ignores.
    let trash: Int
    /// Whether `members` is `0, 1, 2, …` (each dimension's items follow one another in the instrument, as
    /// they usually do): then a member's answer is read at its own index, without a read of `members`.
    let membersInOrder: Bool
    /// The items of every dimension, dimension after dimension (member order).
    let members: UnsafePointer<Int>
    /// Per dimension: its item count k, and where its table starts in `scoreSlots`.
    let dimensions: UnsafePointer<Int>
    /// When every dimension has four items (the usual instrument), the size of each one's table (they
    /// follow one another); else nil.
    let fourItemTable: Int?
    /// Per member (in `members` order) and raw answer, at `member · answerStride + answer`: the histogram
    /// count, `trash` for a blank or an answer off the item's scale.
    let itemSlots: UnsafePointer<Int16>
    /// Per dimension and combined index: the dimension-score count, `trash` when every answer is blank,
    /// −1 when one is off its item's scale.
    let scoreSlots: UnsafePointer<Int16>

    /// Adds one response's raw answers to a cell's `trash` histogram counts, as `FoldKernel.add` does for a
    /// layout without sums (blanks counted nowhere).
    ///
    /// Answers must lie on their item's scale (the loader guarantees it); anything else stops the program
    /// rather than being counted in the wrong place.
    ///
    /// - Complexity: O(items): per item two table reads, per dimension one.
    @inline(__always)
    func add<Histogram: FixedWidthInteger>(
        _ answers: UnsafeBufferPointer<Int8>, histograms h: UnsafeMutablePointer<Histogram>
    ) {
        checkStride(answers)
        foldChecked(answers, into: h, counting: { h, slot in if slot != trash { h[slot] += 1 } })
    }

    /// `add` into histograms followed by one more count, `trash`, that takes the blanks (and wraps around):
    /// no branch per answer. For the 8-bit tier of `CellCounts`, whose counts never pass 255 (each grows
    /// by at most one per response, and a cell is flushed after 255), so a wrapping add is exact.
    @inline(__always)
    func add<Histogram: FixedWidthInteger>(
        _ answers: UnsafeBufferPointer<Int8>, histogramsAndTrash h: UnsafeMutablePointer<Histogram>
    ) {
        checkStride(answers)
        addChecked(answers, histogramsAndTrash: h)
    }

    /// `add(_:histogramsAndTrash:)` of a response among answers that `checkStride(_:)` has passed: no check
    /// of its own, so that a batch of responses is checked in one pass.
    @inline(__always)
    func addChecked<Histogram: FixedWidthInteger>(
        _ answers: UnsafeBufferPointer<Int8>, histogramsAndTrash h: UnsafeMutablePointer<Histogram>
    ) {
        foldChecked(answers, into: h, counting: { h, slot in h[slot] &+= 1 })
    }

    /// Stops the program unless every raw answer (of any number of responses) is below `answerStride`,
    /// as the tables need: one pass, which the compiler vectorises.
    @inline(__always)
    func checkStride(_ answers: UnsafeBufferPointer<Int8>) {
        var highest: UInt8 = 0
        for answer in answers { highest = max(highest, UInt8(bitPattern: answer)) }
        precondition(Int(highest) < answerStride, "answer off the item's scale")
    }

    /// Folds one response's `itemCount` answers, all below `answerStride`, counting each place with `count`.
    @inline(__always)
    private func foldChecked<Histogram: FixedWidthInteger>(
        _ answers: UnsafeBufferPointer<Int8>, into h: UnsafeMutablePointer<Histogram>,
        counting count: (UnsafeMutablePointer<Histogram>, Int) -> Void
    ) {
        precondition(answers.count == itemCount, "a response must have one answer per item")
        guard let raw = answers.baseAddress else { return }  // no items, no dimensions
        // Two copies of the loop, so that the usual order costs no read of `members` and no test per answer.
        if membersInOrder {
            foldDimensions(raw, into: h, counting: count) { $0 }
        } else {
            foldDimensions(raw, into: h, counting: count) { members[$0] }
        }
    }

    /// The loop of `foldChecked`: `item` gives the item of a member (its index in `members`).
    @inline(__always)
    private func foldDimensions<Histogram: FixedWidthInteger>(
        _ raw: UnsafePointer<Int8>, into h: UnsafeMutablePointer<Histogram>,
        counting count: (UnsafeMutablePointer<Histogram>, Int) -> Void, item: (Int) -> Int
    ) {
        let stride = answerStride
        @inline(__always) func answer(_ member: Int) -> Int { Int(UInt8(bitPattern: raw[item(member)])) }
        var member = 0
        var slots = itemSlots  // the current member's row
        @inline(__always) func countScore(_ table: UnsafePointer<Int16>, _ index: Int) {
            let bin = Int(table[index])
            precondition(bin >= 0, "answer off the item's scale")
            count(h, bin)
        }
        /// The usual dimension, unrolled: the same counts and index as the loop below.
        @inline(__always) func fourItems(_ table: UnsafePointer<Int16>) {
            let a0 = answer(member), a1 = answer(member &+ 1)
            let a2 = answer(member &+ 2), a3 = answer(member &+ 3)
            count(h, Int(slots[a0]))
            count(h, Int(slots[stride &+ a1]))
            count(h, Int(slots[2 &* stride &+ a2]))
            count(h, Int(slots[3 &* stride &+ a3]))
            member &+= 4
            slots += 4 &* stride
            countScore(table, ((a0 &* stride &+ a1) &* stride &+ a2) &* stride &+ a3)
        }
        if let fourItemTable {  // every dimension has four items: their tables follow one another
            var table = scoreSlots
            for _ in 0..<dimensionCount {
                fourItems(table)
                table += fourItemTable
            }
            return
        }
        for d in 0..<dimensionCount {
            let k = dimensions[2 &* d]
            let table = scoreSlots + dimensions[2 &* d &+ 1]
            if k == 4 {
                fourItems(table)
                continue
            }
            var index = 0
            for _ in 0..<k {
                let a = answer(member)
                count(h, Int(slots[a]))  // off scale: counted in `trash`, stopped below
                index = index &* stride &+ a
                member &+= 1
                slots += stride
            }
            countScore(table, index)
        }
    }
}
