import Testing

@testable import PulseStats

@Suite("Analysis: work on every core")
struct ConcurrentMapTests {
    /// `concurrentMap` is `map`, in index order.
    @Test(arguments: [0, 1, 2, 7, 1000])
    func concurrentMapIsMap(count: Int) {
        #expect(concurrentMap(count) { $0 * $0 } == (0..<count).map { $0 * $0 })
    }

    /// `concurrentRanges` covers `0..<count` with contiguous ranges, in order, none of them empty.
    @Test(arguments: [0, 1, 2, 7, 1000])
    func concurrentRangesCoverTheIndicesInOrder(count: Int) {
        let ranges = concurrentRanges(count) { $0 }
        #expect(Array(ranges.joined()) == Array(0..<count))
        #expect(count == 0 || ranges.allSatisfy { !$0.isEmpty })
        #expect(ranges.count <= max(1, count))
    }

    /// `concurrentRows` is every row's values, one row after the other.
    @Test(arguments: [(0, 3), (1, 1), (7, 3), (1000, 5), (4, 0)])
    func concurrentRowsAreTheRowsInOrder(count: Int, width: Int) {
        let flat: [Int] = concurrentRows(count, width: width) { row, values in
            for k in values.indices { values[k] = row * 10 + k }
        }
        #expect(flat == (0..<count).flatMap { row in (0..<width).map { row * 10 + $0 } })
    }
}
