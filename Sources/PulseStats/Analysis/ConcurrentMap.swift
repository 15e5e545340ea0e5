import Dispatch
import Foundation

/// `(0..<count).map(transform)` run on every core: the indices are split into contiguous chunks,
/// each chunk mapped on one thread straight into its slots of the result, which comes back in index
/// order (so output never depends on scheduling).
///
///     let squares = concurrentMap(1000) { $0 * $0 }   // == (0..<1000).map { $0 * $0 }
public func concurrentMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    guard count > 1 else { return (0..<count).map(transform) }
    let chunks = min(count, 4 * processorCount)
    return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
        nonisolated(unsafe) let slots = buffer  // each index is initialized by exactly one chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for index in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                (slots.baseAddress! + index).initialize(to: transform(index))
            }
        }
        initialized = count
    }
}

/// `concurrentMap` of rows of `width` values each, into one flat array (row `i` at `i · width`): one
/// array instead of one per row. `fill` must set every value of its row.
///
///     concurrentRows(3, width: 2) { row, values in values[0] = row; values[1] = -row }   // [0, 0, 1, -1, 2, -2]
func concurrentRows<T: BitwiseCopyable & Sendable>(
    _ count: Int, width: Int, _ fill: @Sendable (Int, UnsafeMutableBufferPointer<T>) -> Void
) -> [T] {
    Array(unsafeUninitializedCapacity: count * width) { buffer, initialized in
        nonisolated(unsafe) let values = buffer  // each row is filled by exactly one chunk
        let chunks = max(1, min(count, 4 * processorCount))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for row in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                fill(row, UnsafeMutableBufferPointer(rebasing: values[(row * width)..<((row + 1) * width)]))
            }
        }
        initialized = count * width
    }
}

/// `transform` of contiguous ranges that cover `0..<count`, in order, run on every core: one range per
/// chunk of `concurrentMap`, for work that carries state along a range (an encoder's remembered texts).
///
///     concurrentRanges(10) { $0.count }.reduce(0, +)   // 10
public func concurrentRanges<T: Sendable>(_ count: Int, _ transform: @Sendable (Range<Int>) -> T) -> [T] {
    let chunks = max(1, min(count, 4 * processorCount))
    return concurrentMap(chunks) { chunk in transform((count * chunk / chunks)..<(count * (chunk + 1) / chunks)) }
}

/// The cores this process may use, read once: `ProcessInfo.activeProcessorCount` reads two cgroup
/// files on every call, and the analysis maps hundreds of blocks.
let processorCount = ProcessInfo.processInfo.activeProcessorCount
