import Foundation
import Synchronization

/// The sinks the parts of a file fold into, a `RowBatch` at a time under a lock: one sink per thread,
/// merged at the end, or one sink shared by every part.
///
/// A file is cut into more parts than threads, so that a core that finishes early takes another part
/// instead of waiting for a slower one. A part borrows a free sink for its whole run (`withSink`), so
/// that each core keeps to its own cells (a shared sink's cells move between the cores' caches, about
/// a fifth more CPU on 4,000 schools). Each sink holds the file's cells once: with tens of thousands of
/// schools that is tens of megabytes per thread, and the parts share one sink instead.
///
/// Counts add up the same in any order, so the batches of different parts may interleave freely in a
/// sink; what the order changes (the order cells and roles were first seen) no result depends on.
///
///     let sinks = PartSinks(sink.emptyCopy(), threads: 2, shared: false)
///     // for each part, on any core:
///     sinks.withSink { index in sinks.fold(&batch, sink: index, sinkRoles: &sinkRoles, roleNames: roleNames) }
///     let folded = sinks.take()
final class PartSinks<Sink: ResponseSink>: Sendable {
    /// One sink behind its lock: an `NSLock` (a pthread mutex, which ThreadSanitizer sees; it does not
    /// see `Mutex`'s futex). Unchecked Sendable: `sink` is only used under `lock`.
    private final class Locked: @unchecked Sendable {
        let lock = NSLock()
        var sink: Sink
        init(_ sink: Sink) { self.sink = sink }
    }

    private let sinks: [Locked]
    /// Bit `i` is set while a part holds sink `i`.
    private let held = Atomic<UInt64>(0)

    /// - Parameter threads: the sinks (at most 64) when not `shared`.
    init(_ empty: Sink, threads: Int, shared: Bool) {
        sinks = (0..<(shared ? 1 : min(max(1, threads), 64))).map { _ in Locked(empty.emptyCopy()) }
    }

    /// Runs a part with a sink of its own while one is free (else one that another part folds into too:
    /// still exact, as every fold takes the sink's lock), and gives the sink back after.
    func withSink<Result>(_ body: (Int) -> Result) -> Result {
        let all: UInt64 = sinks.count == 64 ? ~0 : (1 << UInt64(sinks.count)) - 1
        var current = held.load(ordering: .relaxed)
        while ~current & all != 0 {
            let index = (~current & all).trailingZeroBitCount
            let (taken, seen) = held.compareExchange(
                expected: current, desired: current | 1 << UInt64(index), ordering: .acquiringAndReleasing)
            if taken {
                defer { held.bitwiseAnd(~(1 << UInt64(index)), ordering: .acquiringAndReleasing) }
                return body(index)
            }
            current = seen
        }
        return body(0)
    }

    /// Folds a part's batch into a sink (`RowBatch.fold`) and empties it; when not `waiting`, only if no
    /// other part holds that sink's lock (the batch is then left as it is).
    func fold(
        _ batch: inout RowBatch, sink index: Int, sinkRoles: inout [Int], roleNames: [String], waiting: Bool = true
    ) {
        let locked = sinks[index]
        if waiting {
            locked.lock.lock()
        } else if !locked.lock.try() {
            return
        }
        defer { locked.lock.unlock() }
        batch.fold(into: &locked.sink, sinkRoles: &sinkRoles, roleNames: roleNames)
    }

    /// Everything folded, as one sink: the sinks merged in order, each moved out (an empty copy is left
    /// behind, so that the caller holds the only reference to its storage and changes it without a copy).
    func take() -> Sink {
        var folded = Self.take(sinks[0])
        for other in sinks.dropFirst() { folded.merge(Self.take(other)) }
        return folded
    }

    private static func take(_ locked: Locked) -> Sink {
        locked.lock.withLock {
            var taken = locked.sink.emptyCopy()
            swap(&taken, &locked.sink)
            return taken
        }
    }
}
