import Dispatch
import Foundation

/// A value computed on another thread from the moment it is made, for the caller to take when it needs
/// it: the next month's groups are pooled while the current month's rows are written.
///
///     let next = Prefetched { GroupCells(month: slots, fold: fold, dataset: dataset, roles: false) }
///     // ... other work ...
///     let groups = next.take()   // waits for it if need be
///
/// Unchecked Sendable: `value` is only touched under `lock` (a pthread mutex, which ThreadSanitizer sees).
final class Prefetched<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            let made = make()
            self.lock.withLock { self.value = made }
            self.done.signal()
        }
    }

    /// The value, once made. Call once.
    func take() -> Value {
        done.wait()
        return lock.withLock { value.take()! }
    }
}
