import Foundation

/// Writes a file through a temporary name beside it, which then takes the file's place in one step: an
/// interrupted run leaves the previous file intact, and a reader sees the old file or the new one, never
/// a part of either.
///
/// An existing regular file is replaced by exchanging the two names (`renameat2` with `RENAME_EXCHANGE`,
/// Linux), then removing the old file from the temporary name, rather than by a `rename` over it: on ext4,
/// a rename that replaces a file first starts writing the new file's data to disk (`auto_da_alloc`, a guard
/// for programs that replace a file without `fsync`), about 20 ms for the 38 MB table of `pulse stats` on
/// 2 million responses, on every run. The exchange is just as atomic. Where it is not available (another
/// system or file system) or the target is not a regular file, the temporary file is renamed into place.
/// Like every file pulse writes, the new one is not forced to disk (no `fsync`).
///
///     try AtomicFile.write(Array("n,mean\n".utf8), to: URL(fileURLWithPath: "/tmp/table.csv"))
public enum AtomicFile {
    /// Writes `bytes` to `target`.
    public static func write(_ bytes: [UInt8], to target: URL) throws {
        try write(to: target) { try $0.write(contentsOf: bytes) }
    }

    /// Writes a file in pieces: `produce` writes to the temporary file, which replaces `target` only
    /// when `produce` returns (a throw removes it).
    public static func write(to target: URL, _ produce: (FileHandle) throws -> Void) throws {
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary.path)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path]) }
        do {
            try produce(handle)
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        if isRegularFile(target.path) && exchange(temporary.path, target.path) {
            unlink(temporary.path)  // the old file, now under the temporary name
            return
        }
        if rename(temporary.path, target.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
        }
    }

    /// Whether `path` names a regular file (not a directory, nor a link to follow).
    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// Exchanges the files at two paths in one step; false when the system cannot (the paths unchanged).
    private static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
            guard let renameat2 = renameat2 else { return false }
            return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #else
            return false
        #endif
    }

    #if os(Linux)
        /// `renameat2(2)`, which Glibc declares only for GNU sources (so Swift does not see it): looked up in
        /// the C library by name, nil when it has none.
        private typealias Renameat2 =
            @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        private static let renameat2: Renameat2? = dlsym(nil, "renameat2").map {
            unsafeBitCast($0, to: Renameat2.self)
        }
        /// `RENAME_EXCHANGE` of `<linux/fs.h>`.
        private static let renameExchange: UInt32 = 1 << 1
    #endif
}
