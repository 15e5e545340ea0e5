import Synchronization

/// The one sink every part of a file folds into, a `RowBatch` at a time under a lock: parts decode on
/// all cores, and the file holds one fold instead of one per core (a fold of 40,000 schools is tens of
/// megabytes, the batches a few hundred kilobytes).
///
/// Counts add up the same in any order, so the batches of different parts may interleave freely; what
/// the order changes (the order cells and roles were first seen) no result depends on.
///
///     let shared = SharedSink(sink.emptyCopy())
///     // on each core: shared.fold(&batch, sinkRoles: &sinkRoles, roleNames: roleNames)
///     let folded = shared.take()
final class SharedSink<Sink: ResponseSink>: Sendable {
    private let sink: Mutex<Sink>

    init(_ sink: Sink) { self.sink = Mutex(sink) }

    /// Folds a batch into the sink (`RowBatch.fold`) and empties it; when not `waiting`, only if no
    /// other part holds the sink (the batch is then left as it is).
    func fold(_ batch: inout RowBatch, sinkRoles: inout [Int], roleNames: [String], waiting: Bool = true) {
        if waiting {
            sink.withLock { sink in batch.fold(into: &sink, sinkRoles: &sinkRoles, roleNames: roleNames) }
        } else {
            _ = sink.withLockIfAvailable { sink in batch.fold(into: &sink, sinkRoles: &sinkRoles, roleNames: roleNames) }
        }
    }

    /// The sink, moved out (an empty copy is left behind, so that the caller holds the only reference
    /// to its storage and changes it without a copy).
    func take() -> Sink {
        sink.withLock { sink in
            var taken = sink.emptyCopy()
            swap(&taken, &sink)
            return taken
        }
    }
}
