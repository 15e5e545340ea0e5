#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file read with POSIX `read(2)` into the caller's buffer: no `Data` per chunk, no whole-file load.
final class FileByteSource: ByteSource {
    private let descriptor: Int32

    /// Opens `path` for reading; a directory or a missing file is an error.
    init(path: String) throws(CSVOpenError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CSVOpenError(path: path, reason: Self.systemReason()) }
        var status = stat()
        if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw CSVOpenError(path: path, reason: "is a directory")
        }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ByteSourceError) -> Int {
        while true {
            let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw ByteSourceError(reason: Self.systemReason()) }
        }
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }
}

/// `read(2)`, named apart from `FileByteSource.read(into:)`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
    #elseif canImport(Musl)
        Musl.read(descriptor, buffer, count)
    #else
        Darwin.read(descriptor, buffer, count)
    #endif
}
