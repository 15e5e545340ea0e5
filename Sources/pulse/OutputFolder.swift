import Foundation
import PulseReports

/// Where a command writes: every file goes to a temporary name beside its target and then takes its place
/// (`AtomicFile`), so an interrupted run leaves the previous file intact; nothing is written outside the
/// folder.
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
