import Synchronization

/// The sinks the parts of a file fold into, a `RowBatch` at a time under a lock: one sink per part,
/// merged in part order at the end, or one sink shared by every part.
///
/// A sink per part keeps each core on its own cells (a shared sink's cells move between the cores'
/// caches, about a fifth more CPU on 4,000 schools), but holds the file's cells once per core: with tens
/// of thousands of schools that is tens of megabytes, and the parts share one sink instead.
///
/// Counts add up the same in any order, so the batches of different parts may interleave freely in a
/// shared sink; what the order changes (the order cells and roles were first seen) no result depends on.
///
///     let sinks = PartSinks(sink.emptyCopy(), parts: 2, shared: true)
///     // on each core: sinks.fold(&batch, part: index, sinkRoles: &sinkRoles, roleNames: roleNames)
///     let folded = sinks.take()
final class PartSinks<Sink: ResponseSink>: Sendable {
    /// One sink behind its lock.
    private final class Locked: Sendable {
        let sink: Mutex<Sink>
        init(_ sink: Sink) { self.sink = Mutex(sink) }
    }

    private let sinks: [Locked]

    init(_ empty: Sink, parts: Int, shared: Bool) {
        sinks = (0..<(shared ? 1 : max(1, parts))).map { _ in Locked(empty.emptyCopy()) }
    }

    /// Folds a part's batch into its sink (`RowBatch.fold`) and empties it; when not `waiting`, only if
    /// no other part holds that sink (the batch is then left as it is).
    func fold(_ batch: inout RowBatch, part: Int, sinkRoles: inout [Int], roleNames: [String], waiting: Bool = true) {
        let locked = sinks[sinks.count == 1 ? 0 : part]
        if waiting {
            locked.sink.withLock { sink in batch.fold(into: &sink, sinkRoles: &sinkRoles, roleNames: roleNames) }
        } else {
            _ = locked.sink.withLockIfAvailable { sink in
                batch.fold(into: &sink, sinkRoles: &sinkRoles, roleNames: roleNames)
            }
        }
    }

    /// Everything folded, as one sink: the parts' sinks merged in part order, each moved out (an empty
    /// copy is left behind, so that the caller holds the only reference to its storage and changes it
    /// without a copy).
    func take() -> Sink {
        var folded = Self.take(sinks[0])
        for other in sinks.dropFirst() { folded.merge(Self.take(other)) }
        return folded
    }

    private static func take(_ locked: Locked) -> Sink {
        locked.sink.withLock { sink in
            var taken = sink.emptyCopy()
            swap(&taken, &sink)
            return taken
        }
    }
}
