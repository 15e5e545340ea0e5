import Foundation
import Synchronization
import Testing

@testable import PulseStats

@Suite("Analysis: a stream of pieces made on every core")
struct ConcurrentStreamTests {
    private struct Stop: Error {}

    /// The pieces cover `0..<count` in order, each `pieceSize` long but the last, whatever the window.
    @Test(arguments: [(0, 3, 8), (1, 3, 8), (2, 1, 1), (10, 3, 2), (1000, 7, 8), (1000, 7, 1), (5, 100, 8)])
    func piecesAreConsumedInOrder(count: Int, pieceSize: Int, window: Int) throws {
        var consumed: [Range<Int>] = []
        try concurrentStream(count, pieceSize: pieceSize, window: window) {
            $0
        } consume: {
            consumed.append($0)
        }
        #expect(Array(consumed.joined()) == Array(0..<count))
        #expect(consumed.count == (count + pieceSize - 1) / pieceSize)
        #expect(consumed.dropLast().allSatisfy { $0.count == pieceSize })
    }

    /// A piece made late (the first, here) holds back the pieces after it, which are consumed in order
    /// once it comes; at most `window` pieces are started and not consumed; one `consume` at a time.
    @Test func aSlowPieceHoldsBackTheRestAndTheWindowBoundsTheWork() throws {
        let window = 3
        let started = Atomic(0)
        let consumedCount = Atomic(0)
        let consuming = Atomic(0)
        let overWindow = Atomic(false)
        let overlapping = Atomic(false)
        var order: [Int] = []
        try concurrentStream(40, pieceSize: 1, window: window) { range in
            let inFlight = started.add(1, ordering: .sequentiallyConsistent).newValue
            if inFlight - consumedCount.load(ordering: .sequentiallyConsistent) > window {
                overWindow.store(true, ordering: .sequentiallyConsistent)
            }
            if range.lowerBound == 0 { usleep(30_000) }
            return range.lowerBound
        } consume: { (piece: Int) in
            if consuming.add(1, ordering: .sequentiallyConsistent).newValue > 1 {
                overlapping.store(true, ordering: .sequentiallyConsistent)
            }
            order.append(piece)
            consuming.subtract(1, ordering: .sequentiallyConsistent)
            consumedCount.add(1, ordering: .sequentiallyConsistent)
        }
        let (beyondWindow, twoAtOnce) = (
            overWindow.load(ordering: .sequentiallyConsistent), overlapping.load(ordering: .sequentiallyConsistent)
        )
        #expect(order == Array(0..<40))
        #expect(!beyondWindow && !twoAtOnce)
    }

    /// When `consume` throws, nothing after that piece is consumed, no piece beyond the window is started,
    /// and the error comes back.
    @Test(arguments: [0, 3, 99])
    func anErrorStopsTheStream(failing: Int) {
        let started = Atomic(0)
        var consumed: [Int] = []
        #expect(throws: Stop.self) {
            try concurrentStream(100, pieceSize: 1, window: 4) { range in
                started.add(1, ordering: .sequentiallyConsistent)
                return range.lowerBound
            } consume: { (piece: Int) in
                guard piece != failing else { throw Stop() }
                consumed.append(piece)
            }
        }
        let startedCount = started.load(ordering: .sequentiallyConsistent)
        #expect(consumed == Array(0..<failing))
        #expect(startedCount <= failing + 1 + 4)
    }
}
