/// A failure to read bytes from an open source, with the system's reason.
struct ByteSourceError: Error {
    var reason: String
}

/// Where the reader's raw bytes come from: a file or an in-memory array, read chunk by chunk.
protocol ByteSource: AnyObject {
    /// Fills the start of `buffer` with the next bytes and returns how many; 0 means end of input.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ByteSourceError) -> Int
}

/// Bytes already in memory, handed out in chunks like a file so the same code path is tested.
final class ArrayByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let count = min(buffer.count, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
        }
        offset += count
        return count
    }
}
