import Foundation

/// A value shared between threads behind an `NSLock`: a pthread mutex, which ThreadSanitizer sees, so
/// that the sanitizer runs check what is done under it (it does not see the futex of `Mutex`, and
/// reported every access inside a `Mutex` as a race, which had to be suppressed).
///
///     let cache = Locked<[Int: Double]>([:])
///     cache.withLock { $0[3] = 0.5 }
final class Locked<Value>: @unchecked Sendable {  // `value` is only touched under `lock`
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        try lock.withLock { try body(&value) }
    }
}
