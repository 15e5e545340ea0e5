import Testing

@testable import PulseStats

@Suite("Fold: cell pages")
struct CellPagesTests {
    /// Cells across several pages keep their own integers, start at zero, and keep their place as
    /// the pages grow.
    @Test func cellsAcrossPagesKeepTheirIntegers() {
        var pages = CellPages<Int32>(stride: 3)
        let count = 3 * CellPages<Int32>.cellsPerPage + 5
        var first: UnsafeMutablePointer<Int32>?
        for index in 0..<count {
            #expect(pages.append() == index)
            let cell = pages.mutableCell(index)
            #expect((0..<3).allSatisfy { cell[$0] == 0 })
            for k in 0..<3 { cell[k] = Int32(index * 3 + k) }
            if index == 0 { first = cell }
        }
        #expect(pages.count == count)
        #expect(pages.mutableCell(0) == first)  // pages never move
        #expect(
            (0..<count).allSatisfy { index in (0..<3).allSatisfy { pages.cell(index)[$0] == Int32(index * 3 + $0) } })
    }

    /// A copy is a value: writing to one leaves the other as it was, in both directions.
    @Test func copiesAreIndependentValues() {
        var original = CellPages<UInt8>(stride: 2)
        for _ in 0..<(CellPages<UInt8>.cellsPerPage + 1) { _ = original.append() }
        original.mutableCell(0)[0] = 7
        var copy = original
        copy.mutableCell(0)[0] = 9
        _ = copy.append()
        #expect(original.cell(0)[0] == 7 && copy.cell(0)[0] == 9)
        #expect(original.count + 1 == copy.count)
        original.mutableCell(CellPages<UInt8>.cellsPerPage)[1] = 3
        #expect(copy.cell(CellPages<UInt8>.cellsPerPage)[1] == 0)
    }

    /// `mutableCells()` gives the cells `mutableCell` gives, of this value alone: a copy taken before is
    /// left as it was.
    @Test func mutableCellsAreTheCellsOfThisValueAlone() {
        var original = CellPages<UInt16>(stride: 3)
        let count = 2 * CellPages<UInt16>.cellsPerPage + 1
        for _ in 0..<count { _ = original.append() }
        var copy = original
        let cells = copy.mutableCells()
        for index in 0..<count {
            cells[index][1] = UInt16(index)
            #expect(cells[index] == copy.mutableCell(index))  // still unique: no copy made since
        }
        #expect((0..<count).allSatisfy { copy.cell($0)[1] == UInt16($0) && original.cell($0)[1] == 0 })
    }
}
