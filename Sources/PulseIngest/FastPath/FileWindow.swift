import Foundation

/// A few bytes of a file read by offset, for the fast path's planning (the header, the windows around
/// split points): `pread` into one buffer, a system call or two where `FileHandle.read(upToCount:)`
/// makes one per 4 KiB, and the size from `fstat` where `FileManager` also looks up the owner's name.
///
///     let window = FileWindow(path: path)?.bytes(at: 0, count: 1 << 16)   // the first 64 KiB, or fewer
struct FileWindow: ~Copyable {
    private let descriptor: Int32
    /// The file's size in bytes.
    let size: Int

    /// Opens a file for reading; nil when it cannot be opened or is not a regular file.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.size = Int(status.st_size)
    }

    deinit { close(descriptor) }

    /// Up to `count` bytes from `offset` (fewer at the end of the file); nil on a read error.
    func bytes(at offset: Int, count: Int) -> [UInt8]? {
        let wanted = max(0, min(count, size - offset))
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, filled in
            while filled < wanted {
                let read = pread(descriptor, buffer.baseAddress! + filled, wanted - filled, off_t(offset + filled))
                if read < 0 && errno == EINTR { continue }
                guard read > 0 else {
                    failed = read < 0
                    return
                }
                filled += read
            }
        }
        return failed ? nil : bytes
    }
}
