/// A hint for the hot loops that touch memory at random (a fold's cells, the fast path's school table): ask
/// for the cache lines a coming step needs while the current one works, so that the wait for memory overlaps it.
/// Only a hint: it changes no value and never faults, so a loop computes the same with or without it.
///
///     for row in 0..<rows.count {
///         if row + 8 < rows.count { CacheLines.prefetch(cells[slots[row + 8]], bytes: cellBytes) }
///         add(rows.answers(of: row), to: cells[slots[row]])
///     }
public enum CacheLines {
    /// The bytes of a cache line on the machines pulse runs on (x86-64, arm64).
    public static let size = 64

    /// Asks for the lines of `bytes` bytes from `start` to be loaded into the cache, to be written soon:
    /// one prefetch instruction per line (`prefetcht0` on x86-64), none of which waits for its line.
    ///
    /// Built with `-DPULSE_NO_PREFETCH` it does nothing: ThreadSanitizer's instrumentation makes the
    /// compiler emit the intrinsic below as a call that may unwind, which LLVM rejects (the compiler stops),
    /// so `scripts/sanitizers.sh` builds its thread run so. Plain loads instead of prefetches were tried:
    /// they wait for their lines and made the fold slower than no hint at all.
    @inlinable @inline(__always)
    public static func prefetch(_ start: UnsafeRawPointer, bytes: Int) {
        #if !PULSE_NO_PREFETCH
            var offset = 0
            while offset < bytes {
                llvmPrefetch(start + offset, 1, 3, 1)
                offset &+= size
            }
        #endif
    }
}

#if !PULSE_NO_PREFETCH
    /// LLVM's `llvm.prefetch` intrinsic (address; 1: for a write; locality 3: keep in all levels; 1: the
    /// data cache), which Swift has no public spelling for: named here so that the compiler emits the
    /// instruction itself, never a call.
    @usableFromInline @_silgen_name("llvm.prefetch.p0")
    func llvmPrefetch(_ address: UnsafeRawPointer, _ write: Int32, _ locality: Int32, _ dataCache: Int32)
#endif
