import Foundation

/// Where a command writes: every file goes to a temporary name beside its target and is renamed into
/// place, so an interrupted run leaves the previous file intact; nothing is written outside the folder.
struct OutputFolder: Sendable {
    let root: URL

    init(_ path: String) throws {
        root = URL(fileURLWithPath: path).standardizedFileURL
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw UsageError("cannot create the output folder \(path): \(error.localizedDescription)")
        }
    }

    /// Writes `bytes` to `relativePath` (made of slugs and fixed names, never raw data).
    func write(_ bytes: [UInt8], to relativePath: String) throws {
        let target = root.appendingPathComponent(relativePath).standardizedFileURL
        guard target.path.hasPrefix(root.path + "/") else {
            throw UsageError("refusing to write outside \(root.path): \(relativePath)")
        }
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(bytes, to: target)
    }
}

/// Writes a file through a temporary name and a rename.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to target: URL) throws {
        try write(to: target) { try $0.write(contentsOf: bytes) }
    }

    /// Writes a file in pieces: `produce` writes to the temporary file, which replaces `target` only
    /// when `produce` returns (a throw removes it).
    static func write(to target: URL, _ produce: (FileHandle) throws -> Void) throws {
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
        if rename(temporary.path, target.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
        }
    }
}
