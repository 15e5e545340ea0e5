import Foundation

/// Where the tests of this module write their datasets: one folder per test process under the system's
/// temporary folder, removed when the process exits, so that a test run leaves nothing behind.
///
///     let url = ScratchFolders.next("pulse-test")   // <tmp>/pulse-tests-<pid>/pulse-test-<uuid>, not created
enum ScratchFolders {
    /// A fresh path in this process's folder (the caller creates it).
    static func next(_ prefix: String) -> URL {
        root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    }

    /// This process's folder: its removal is registered with `atexit` on first use.
    private static let root: URL = {
        atexit { try? FileManager.default.removeItem(at: ScratchFolders.processFolder) }
        return processFolder
    }()

    private static var processFolder: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("pulse-tests-\(getpid())")
    }
}
