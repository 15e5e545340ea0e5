import PulseModel
import Testing

@testable import PulseStats

@Suite("Fold: compact cell counts")
struct CellCountsTests {
    let layout = FoldLayout(instrument: FoldFixtures.instrument)

    /// The answers of `FoldFixtures.many`, one school's worth per cell.
    func answers(_ count: Int, seed: UInt64) -> [[Int8]] { FoldFixtures.many(count, seed: seed).map(\.answers) }

    /// Two cells folded row by row past many 8-bit flushes and 16-bit spills read back as the 64-bit
    /// accumulator of the same rows, count for count: with low spill points, and past the default one
    /// (where a 16-bit count would otherwise wrap), with and without complete-case sums.
    @Test(arguments: [(nil, 140_000, true), (nil, 140_000, false), (600, 5_000, true), (2_000, 5_000, true)])
    func flushesAndSpillsKeepEveryCountExact(spillEvery: Int?, rows: Int, reliability: Bool) {
        let layout = FoldLayout(instrument: FoldFixtures.instrument, reliability: reliability)
        var cells = CellCounts(layout: layout, spillEvery: spillEvery)
        let first = cells.append()
        let second = cells.append()
        var expected = [CellAccumulator(layout: layout), CellAccumulator(layout: layout)]
        for (index, row) in answers(rows, seed: 9).enumerated() {
            let slot = index % 3 == 0 ? second : first
            row.withUnsafeBufferPointer { cells.add($0, to: slot) }
            expected[slot].add(row, layout: layout)
        }
        #expect(expected[first].responses > 3 * 255 && expected[second].responses > 3 * 255)
        #expect(cells.cell(first) == expected[first])
        #expect(cells.cell(second) == expected[second])
    }

    /// One answer given 70,000 times counts past UInt16.max in one histogram count: the default spill
    /// keeps it exact, for rows folded one by one and for cells merged in.
    @Test(arguments: [true, false])
    func oneCountPastSixteenBitsStaysExact(reliability: Bool) {
        let layout = FoldLayout(instrument: FoldFixtures.instrument, reliability: reliability)
        let row = answers(1, seed: 5)[0]
        var cells = CellCounts(layout: layout)
        let slot = cells.append()
        var expected = CellAccumulator(layout: layout)
        var block = CellAccumulator(layout: layout)
        for _ in 0..<1_000 { block.add(row, layout: layout) }
        for step in 0..<70 {
            if step % 2 == 0 {
                for _ in 0..<1_000 { row.withUnsafeBufferPointer { cells.add($0, to: slot) } }
            } else {
                cells.merge(block, into: slot)
            }
            expected.merge(block)
        }
        #expect(expected.counts.max()! > Int(UInt16.max))
        #expect(cells.cell(slot) == expected)
    }

    /// A cell whose answers spread over the scale takes hundreds of responses in 8 bits (no count
    /// near 255), and one whose answers repeat moves to 16 bits before any count passes 255: both exact.
    @Test func cellsStayInEightBitsWhileTheirCountsHaveRoom() {
        let layout = FoldLayout(instrument: FoldFixtures.instrument, reliability: false)
        var cells = CellCounts(layout: layout)
        let (spread, repeated) = (cells.append(), cells.append())
        var expected = [CellAccumulator(layout: layout), CellAccumulator(layout: layout)]
        let same = answers(1, seed: 2)[0]
        for row in answers(400, seed: 8) {
            row.withUnsafeBufferPointer { cells.add($0, to: spread) }
            expected[spread].add(row, layout: layout)
        }
        #expect(expected[spread].counts.max()! < 200)
        #expect(cells.sixteenBitCells == 0)
        for _ in 0..<300 {
            same.withUnsafeBufferPointer { cells.add($0, to: repeated) }
            expected[repeated].add(same, layout: layout)
        }
        #expect(cells.sixteenBitCells == 1)
        #expect(cells.cell(spread) == expected[spread])
        #expect(cells.cell(repeated) == expected[repeated])
    }

    /// Blank responses add to no histogram count, so their room never runs out: they are still counted
    /// exactly past the spill point.
    @Test func blankResponsesAreCountedPastTheSpillPoint() {
        let layout = FoldLayout(instrument: FoldFixtures.instrument, reliability: false)
        var cells = CellCounts(layout: layout, spillEvery: 600)
        let slot = cells.append()
        let blank = [Int8](repeating: Response.skipped, count: FoldFixtures.instrument.items.count)
        for _ in 0..<5_000 { blank.withUnsafeBufferPointer { cells.add($0, to: slot) } }
        #expect(cells.cell(slot).responses == 5_000)
        #expect(cells.cell(slot).counts.allSatisfy { $0 == 0 })
    }

    /// Merging a 64-bit cell, small or larger than a spill, adds exactly.
    @Test(arguments: [10, 700, 3_000])
    func mergesAddExactly(rows: Int) {
        var cells = CellCounts(layout: layout, spillEvery: 1_000)
        let slot = cells.append()
        var expected = CellAccumulator(layout: layout)
        for row in answers(400, seed: 3) {
            row.withUnsafeBufferPointer { cells.add($0, to: slot) }
            expected.add(row, layout: layout)
        }
        var other = CellAccumulator(layout: layout)
        for row in answers(rows, seed: 4) { other.add(row, layout: layout) }
        cells.merge(other, into: slot)
        expected.merge(other)
        #expect(cells.cell(slot) == expected)
    }

    /// Without sums, small cells merge into the 8-bit tier while no count would pass 255, then into 16
    /// bits: exact either way, and for cells folded row by row too.
    @Test func smallMergesStayInEightBitsAndAddExactly() {
        let layout = FoldLayout(instrument: FoldFixtures.instrument, reliability: false)
        var cells = CellCounts(layout: layout)
        let slot = cells.append()
        var expected = CellAccumulator(layout: layout)
        for (part, count) in [100, 100, 40, 30, 200].enumerated() {
            var other = CellAccumulator(layout: layout)
            for row in answers(count, seed: UInt64(10 + part)) { other.add(row, layout: layout) }
            cells.merge(other, into: slot)
            expected.merge(other)
            #expect(cells.cell(slot) == expected, "after merging \(count) responses")
            for row in answers(7, seed: UInt64(20 + part)) {
                row.withUnsafeBufferPointer { cells.add($0, to: slot) }
                expected.add(row, layout: layout)
            }
            #expect(cells.cell(slot) == expected)
        }
    }

    /// A cell of another store merges as its 64-bit copy would: small cells byte by byte, full ones
    /// (flushed, or spilled) into 16 bits or through the wide counts, with and without sums.
    @Test(arguments: [true, false])
    func storesMergeAsTheirCellsWould(reliability: Bool) {
        let layout = FoldLayout(instrument: FoldFixtures.instrument, reliability: reliability)
        let sizes = [0, 1, 90, 200, 255, 256, 700]
        let other = store(sizes, seed: 30, layout: layout, spillEvery: 600)
        expectMergesAsCells(other, into: [0, 60, 250], seed: 40, layout: layout, spillEvery: 600)
        // Cells with 16-bit counts that have not spilled (the default spill point), as a month's larger
        // schools are, into cells of every tier.
        let large = store([1_500, 3_000], seed: 50, layout: layout, spillEvery: nil)
        #expect(large.sixteenBitCells == 2)
        expectMergesAsCells(large, into: [0, 60, 1_200], seed: 60, layout: layout, spillEvery: nil)
        // Every cell into one, twice over (as a month pools its schools into the program): the later
        // merges meet a cell with 16-bit counts, then one that spilled.
        var pooled = CellCounts(layout: layout, spillEvery: 600)
        let slot = pooled.append()
        var expected = CellAccumulator(layout: layout)
        for theirs in Array(sizes.indices) + sizes.indices {
            pooled.merge(other, slot: theirs, into: slot)
            expected.merge(other.cell(theirs))
            #expect(pooled.cell(slot) == expected, "after the cell of \(sizes[theirs])")
        }
        #expect(expected.responses == 2 * sizes.reduce(0, +))
    }

    /// A store of one cell per size, each folded from rows of its own.
    func store(_ sizes: [Int], seed: UInt64, layout: FoldLayout, spillEvery: Int?) -> CellCounts {
        var cells = CellCounts(layout: layout, spillEvery: spillEvery)
        for (index, count) in sizes.enumerated() {
            let slot = cells.append()
            for row in answers(count, seed: seed + UInt64(index)) {
                row.withUnsafeBufferPointer { cells.add($0, to: slot) }
            }
        }
        return cells
    }

    /// Each cell of `source` merged into a cell that took `start` rows first, for each start: as a cell of
    /// its store and as its 64-bit copy, the same.
    func expectMergesAsCells(
        _ source: CellCounts, into starts: [Int], seed: UInt64, layout: FoldLayout, spillEvery: Int?
    ) {
        for (target, start) in starts.enumerated() {
            var viaStore = CellCounts(layout: layout, spillEvery: spillEvery)
            var viaCell = CellCounts(layout: layout, spillEvery: spillEvery)
            for theirs in 0..<source.count {
                let (a, b) = (viaStore.append(), viaCell.append())
                for row in answers(start, seed: seed + UInt64(target)) {
                    row.withUnsafeBufferPointer {
                        viaStore.add($0, to: a)
                        viaCell.add($0, to: b)
                    }
                }
                viaStore.merge(source, slot: theirs, into: a)
                viaCell.merge(source.cell(theirs), into: b)
                #expect(viaStore.cell(a) == viaCell.cell(b), "cell \(theirs) into \(start)")
                #expect(viaStore.cell(a).responses == start + source.cell(theirs).responses)
            }
        }
    }

    /// The default spill point leaves no count able to overflow: no histogram passes UInt16.max, and
    /// responses × the largest increment of a complete-case sum stays within Int32.
    @Test func defaultSpillPointIsSafe() {
        let cells = CellCounts(layout: layout)
        #expect(cells.spillEvery <= Int(UInt16.max))
        #expect(cells.spillEvery * layout.kernel.maximumIncrement <= Int(Int32.max))
        #expect(layout.kernel.maximumIncrement == 25)
        let withoutReliability = CellCounts(layout: FoldLayout(instrument: FoldFixtures.instrument, reliability: false))
        #expect(withoutReliability.spillEvery == Int(UInt16.max))
    }

    /// The layout puts every histogram before the sums, as `CellCounts` relies on.
    @Test func histogramsComeBeforeTheSums() {
        // 6 items × 5 points, then the 25 distinct means of 1–4 trust answers and the 9 of 1–2 clarity answers.
        #expect(layout.histogramWidth == 6 * 5 + 25 + 9)
        for slot in layout.dimensionSlots {
            #expect(slot.scoreOffset + slot.scaledScores.count <= layout.histogramWidth)
            #expect(slot.completeOffset >= layout.histogramWidth)
        }
    }
}

@Suite("Fold: cell index")
struct CellIndexTests {
    @Test func findsWhatWasSetAndNothingElse() {
        var index = CellIndex()
        let march = Month(year: 2026, month: 3)
        let april = Month(year: 2026, month: 4)
        #expect(index.slot(of: CellKey(month: march, school: 3, role: 0)) == nil)
        index.set(0, for: CellKey(month: march, school: 3, role: 0))
        index.set(1, for: CellKey(month: april, school: 3, role: 0))
        index.set(2, for: CellKey(month: march, school: 0, role: 2))
        #expect(index.slot(of: CellKey(month: march, school: 3, role: 0)) == 0)
        #expect(index.slot(of: CellKey(month: april, school: 3, role: 0)) == 1)
        #expect(index.slot(of: CellKey(month: march, school: 0, role: 2)) == 2)
        #expect(index.slot(of: CellKey(month: march, school: 0, role: 0)) == nil)
        #expect(index.slot(of: CellKey(month: april, school: 9, role: 5)) == nil)
        #expect(index.slot(of: CellKey(month: Month(year: 2026, month: 5), school: 3, role: 0)) == nil)
    }

    /// The index lists its cells, a month's or all, and its months in order: a fold keeps no other list.
    @Test func listsEveryCellAndMonth() {
        var index = CellIndex()
        let (march, april) = (Month(year: 2026, month: 3), Month(year: 2026, month: 4))
        let keys = [
            CellKey(month: april, school: 40, role: 1), CellKey(month: march, school: 3, role: 0),
            CellKey(month: april, school: 2, role: 0), CellKey(month: march, school: 0, role: 2),
        ]
        for (slot, key) in keys.enumerated() { index.set(slot, for: key) }
        #expect(index.periods == [march, april])
        let all = index.cells()
        #expect(all.count == keys.count && all.allSatisfy { keys[$0.slot] == $0.key })
        #expect(Set(index.cells(in: march).map(\.slot)) == [1, 3])
        #expect(index.cells(in: Month(year: 2026, month: 5)).isEmpty)
    }
}
