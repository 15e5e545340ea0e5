import Dispatch
import Foundation

/// `concurrentRanges` as a stream: `transform` of contiguous ranges of `pieceSize` indices that cover
/// `0..<count`, made on every core, each handed to `consume` in index order as soon as it and every
/// range before it are made. At most `window` ranges are made and not yet consumed, so memory holds a
/// window of results, not all of them; and no core waits for the others between ranges, nor while one
/// of them consumes (writes a file, say).
///
/// `consume` is called on any of the threads, one call at a time, in order. Once it throws, no further
/// range is started nor consumed, and the error is rethrown when the ranges under way are done.
///
///     var total = 0
///     try concurrentStream(10, pieceSize: 3) { $0.count } consume: { total += $0 }   // 10, in 4 pieces
public func concurrentStream<T: Sendable>(
    _ count: Int, pieceSize: Int, window: Int? = nil, _ transform: @Sendable (Range<Int>) -> T,
    consume: (T) throws -> Void
) throws {
    let size = max(1, pieceSize)
    let pieces = (count + size - 1) / size
    guard pieces > 1 else {
        if count > 0 { try consume(transform(0..<count)) }
        return
    }
    let stream = PieceStream<T>(pieces: pieces, window: max(1, min(window ?? 4 * processorCount, pieces)))
    withoutActuallyEscaping(consume) { consume in
        nonisolated(unsafe) let consume = consume  // called by one thread at a time (`PieceStream`'s turn)
        DispatchQueue.concurrentPerform(iterations: min(processorCount, pieces)) { _ in
            while let piece = stream.claim() {
                let made = transform(piece * size..<min(count, (piece + 1) * size))
                var next = stream.deliver(made, piece: piece)
                while let result = next {  // this thread holds the turn to consume
                    do {
                        try consume(result)
                        next = stream.consumed()
                    } catch {
                        stream.stop(error)
                        next = nil
                    }
                }
            }
        }
    }
    if let error = stream.error { throw error }
}

/// The shared state of `concurrentStream`: the next piece to claim, the window's results in their slots
/// (piece `p` in slot `p % window`), the next piece to consume and whether a thread is consuming.
///
/// Guarded by an `NSLock` (a pthread mutex, which ThreadSanitizer sees, so that it checks the callers'
/// `consume` too); unchecked Sendable: every access to `state` is under `lock`.
private final class PieceStream<T: Sendable>: @unchecked Sendable {
    private struct State {
        var next = 0
        var slots: [T?]
        var nextToConsume = 0
        var consuming = false
        var error: (any Error)?
    }

    private let pieces: Int
    private let window: Int
    private let lock = NSLock()
    private var state: State
    /// The free slots: a producer takes one before it claims a piece, and each piece consumed frees one.
    private let room: DispatchSemaphore

    init(pieces: Int, window: Int) {
        self.pieces = pieces
        self.window = window
        state = State(slots: [T?](repeating: nil, count: window))
        // Made empty and raised: libdispatch stops a program that frees a semaphore below its starting
        // value, as this one is after an error.
        room = DispatchSemaphore(value: 0)
        for _ in 0..<window { room.signal() }
    }

    var error: (any Error)? { lock.withLock { state.error } }

    /// The next piece to make, once a slot is free; nil when every piece is claimed or consuming stopped.
    func claim() -> Int? {
        room.wait()
        let piece: Int? = lock.withLock {
            guard state.error == nil, state.next < pieces else { return nil }
            defer { state.next += 1 }
            return state.next
        }
        if piece == nil { room.signal() }  // lets the next waiting producer find nothing too
        return piece
    }

    /// Stores a piece; returns the next piece to consume when this thread now holds the turn to consume it.
    func deliver(_ result: T, piece: Int) -> T? {
        lock.withLock {
            state.slots[piece % window] = result
            guard !state.consuming else { return nil }  // the consuming thread will find it
            return takeNext()
        }
    }

    /// Frees the consumed piece's slot; returns the next piece when it is ready (the turn stays), else
    /// gives up the turn.
    func consumed() -> T? {
        room.signal()
        return lock.withLock {
            state.consuming = false
            return takeNext()
        }
    }

    /// Stops claiming and consuming; the first error is kept.
    func stop(_ error: any Error) {
        lock.withLock {
            if state.error == nil { state.error = error }
            state.consuming = false
        }
        room.signal()
    }

    /// Takes the next piece to consume if it is ready (under `lock`).
    private func takeNext() -> T? {
        guard state.error == nil, state.nextToConsume < pieces,
            let result = state.slots[state.nextToConsume % window]
        else { return nil }
        state.slots[state.nextToConsume % window] = nil
        state.nextToConsume += 1
        state.consuming = true
        return result
    }
}
