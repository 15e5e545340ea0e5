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
}
