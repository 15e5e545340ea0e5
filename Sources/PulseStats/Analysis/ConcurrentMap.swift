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

/// The cores this process may use, read once: `ProcessInfo.activeProcessorCount` reads two cgroup
/// files on every call, and the analysis maps hundreds of blocks.
let processorCount = ProcessInfo.processInfo.activeProcessorCount
