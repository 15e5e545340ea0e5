/// A set of ASCII bytes held in two machine words, so that the reader's inner loop can test
/// "is this byte special?" with a shift and a mask, without touching memory.
struct ByteSet: Sendable {
    private var low: UInt64 = 0  // bytes 0–63
    private var high: UInt64 = 0  // bytes 64–127

    /// A set of the given ASCII bytes (each below 128).
    init(_ members: UInt8...) {
        for byte in members {
            precondition(byte < 128, "ByteSet holds ASCII bytes only")
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        if byte < 64 { return (low >> UInt64(byte)) & 1 != 0 }
        if byte < 128 { return (high >> UInt64(byte - 64)) & 1 != 0 }
        return false
    }

    /// The index of the first byte at or after `start` that is in the set, or `bytes.count`.
    ///
    /// This is the reader's hot loop: fields are copied in spans between the indices it returns.
    @inline(__always)
    func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let end = bytes.count
        while index < end && !contains(bytes[index]) { index += 1 }
        return index
    }
}
