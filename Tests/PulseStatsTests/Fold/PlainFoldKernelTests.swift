import PulseModel
import Testing

@testable import PulseStats

@Suite("Fold: combined-index kernel")
struct PlainFoldKernelTests {
    /// Raw answers for `instrument`: each a blank or a point of its item's scale, blanks often.
    static func randomAnswers(_ count: Int, instrument: Instrument, seed: UInt64) -> [[Int8]] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            instrument.items.map { item in
                next(4) == 0 ? Response.skipped : Int8(item.scaleMin + next(item.scaleMax - item.scaleMin + 1))
            }
        }
    }

    /// Folds rows with the general loop alone, into 64-bit counts.
    static func generalFold(_ rows: [[Int8]], layout: FoldLayout) -> [Int] {
        var counts = Array(repeating: 0, count: layout.width)
        counts.withUnsafeMutableBufferPointer { c in
            for row in rows {
                row.withUnsafeBufferPointer {
                    layout.kernel.addGeneral($0, histograms: c.baseAddress!, sums: c.baseAddress!)
                }
            }
        }
        return counts
    }

    /// Dimensions out of order and interleaved, reverse items, a 0–10 scale (whose 0 is a blank) and a
    /// dimension of one item: every place the combined index could go wrong.
    static let mixed = Instrument(items: [
        Item(id: "a1", dimension: "a", text: "A1"),
        Item(id: "b1", dimension: "b", text: "B1", scaleMin: 0, scaleMax: 10),
        Item(id: "a2", dimension: "a", text: "A2", reverse: true),
        Item(id: "c1", dimension: "c", text: "C1", scaleMin: 2, scaleMax: 4, reverse: true),
        Item(id: "b2", dimension: "b", text: "B2", scaleMin: 0, scaleMax: 10, reverse: true),
        Item(id: "a3", dimension: "a", text: "A3"),
        Item(id: "b3", dimension: "b", text: "B3", scaleMin: 0, scaleMax: 10),
        Item(id: "a4", dimension: "a", text: "A4", reverse: true),
    ])

    /// Every dimension of four items (the usual instrument's shape), on scales 1–5 and 1–7, with
    /// reverse items: the loop that steps from one dimension's table to the next.
    static let fours = Instrument(
        items: (1...4).map { Item(id: "p\($0)", dimension: "p", text: "P", reverse: $0 == 2) }
            + (1...4).map { Item(id: "q\($0)", dimension: "q", text: "Q", scaleMin: 1, scaleMax: 7, reverse: $0 == 4) }
    )

    /// On random answers with blanks and reverse-scored items, the kernel counts exactly what the
    /// general loop counts, through `CellAccumulator` (its branch per blank) and through `CellCounts`
    /// (blanks in the cell's spare byte, past the 255-response flush). Every copy of the loop: items in
    /// dimension order (the fixture's) and out of it (`mixed`), every dimension of four items (`fours`).
    @Test(arguments: [(FoldFixtures.instrument, true, false), (mixed, false, false), (fours, true, true)])
    func countsWhatTheGeneralLoopCounts(instrument: Instrument, inOrder: Bool, allFour: Bool) {
        let layout = FoldLayout(instrument: instrument, reliability: false)
        #expect(layout.kernel.plain?.kernel.membersInOrder == inOrder)
        #expect((layout.kernel.plain?.kernel.fourItemTable != nil) == allFour)
        let rows = Self.randomAnswers(2_000, instrument: instrument, seed: 7)
        let expected = Self.generalFold(rows, layout: layout)
        var accumulator = CellAccumulator(layout: layout)
        var cells = CellCounts(layout: layout)
        let slot = cells.append()
        let other = cells.append()
        for row in rows {
            accumulator.add(row, layout: layout)
            row.withUnsafeBufferPointer {
                cells.add($0, to: slot)
                cells.add($0, to: other)
            }
        }
        #expect(accumulator.counts == expected)
        #expect(accumulator.responses == rows.count)
        #expect(cells.cell(slot) == accumulator)
        #expect(cells.cell(other) == accumulator)
        // Every answer was counted somewhere: the blanks are not in the histograms.
        let answered = rows.joined().filter { $0 != Response.skipped }.count
        let itemCounts = instrument.items.indices.map { layout.respondents(.item($0), in: accumulator) }
        #expect(itemCounts.reduce(0, +) == answered)
    }

    /// A row of nothing but blanks counts as a response and in no histogram.
    @Test func allBlankRowCountsNowhere() {
        let layout = FoldLayout(instrument: FoldFixtures.instrument, reliability: false)
        var cells = CellCounts(layout: layout)
        let slot = cells.append()
        let blank = [Int8](repeating: Response.skipped, count: FoldFixtures.instrument.items.count)
        for _ in 0..<600 { blank.withUnsafeBufferPointer { cells.add($0, to: slot) } }
        #expect(cells.cell(slot).responses == 600)
        #expect(cells.cell(slot).counts.allSatisfy { $0 == 0 })
    }

    /// The tables are made only where they are small and agree with the general loop: not with
    /// reliability sums, not for a dimension of more than 65,536 answer combinations (7 items on 1–5:
    /// 6⁷), not for a dimension whose items have another scale than the first; such layouts fold with
    /// the general loop, exactly as before.
    @Test func generalLoopWhereTheTablesWouldNotDo() {
        let seven = Instrument(
            items: (1...7).map { Item(id: "w\($0)", dimension: "wide", text: "W", reverse: $0 == 3) }
                + [Item(id: "n1", dimension: "narrow", text: "N")])
        let mixedScales = Instrument(items: [
            Item(id: "m1", dimension: "m", text: "M1"),
            Item(id: "m2", dimension: "m", text: "M2", scaleMin: 1, scaleMax: 4),
        ])
        #expect(FoldLayout(instrument: FoldFixtures.instrument, reliability: true).kernel.plain == nil)
        #expect(FoldLayout(instrument: mixedScales, reliability: false).kernel.plain == nil)
        let six = Instrument(items: (1...6).map { Item(id: "s\($0)", dimension: "six", text: "S") })
        #expect(FoldLayout(instrument: six, reliability: false).kernel.plain != nil)  // 6⁶ = 46,656
        let layout = FoldLayout(instrument: seven, reliability: false)
        #expect(layout.kernel.plain == nil)
        let rows = Self.randomAnswers(1_000, instrument: seven, seed: 11)
        var cells = CellCounts(layout: layout)
        let slot = cells.append()
        var expected = CellAccumulator(layout: layout)
        for row in rows {
            row.withUnsafeBufferPointer { cells.add($0, to: slot) }
            expected.add(row, layout: layout)
        }
        #expect(expected.counts == Self.generalFold(rows, layout: layout))
        #expect(cells.cell(slot) == expected)
        let tally = layout.tally(.dimension(0), in: expected)
        #expect(tally.n == rows.filter { $0[0..<7].contains { $0 != Response.skipped } }.count)
    }

    /// Layouts stay equal (and hash alike) whatever their tables: made from the same instrument, they are
    /// the same layout.
    @Test func layoutsOfOneInstrumentAreEqual() {
        let a = FoldLayout(instrument: Self.mixed, reliability: false)
        let b = FoldLayout(instrument: Self.mixed, reliability: false)
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(a != FoldLayout(instrument: Self.mixed, reliability: true))
    }
}
