import Foundation
import Testing

@testable import PulseIngest

@Suite("Fast path: file windows")
struct FileWindowTests {
    /// Windows read by offset are the file's bytes there, cut at the end of the file.
    @Test func windowsAreTheFilesBytes() throws {
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pulse-window-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        guard let window = FileWindow(path: url.path) else {
            Issue.record("the file did not open")
            return
        }
        #expect(window.size == bytes.count)
        for (offset, count) in [(0, 10), (0, 1 << 20), (4095, 4098), (299_990, 100), (300_000, 5), (400_000, 5)] {
            let expected = Array(bytes[min(offset, bytes.count)..<min(offset + count, bytes.count)])
            #expect(window.bytes(at: offset, count: count) == expected, "\(offset)+\(count)")
        }
    }

    /// A missing file and a folder are not windows.
    @Test func onlyRegularFilesOpen() {
        func opens(_ path: String) -> Bool {
            guard let _ = FileWindow(path: path) else { return false }
            return true
        }
        #expect(!opens("/nonexistent/pulse/file.csv"))
        #expect(!opens(FileManager.default.temporaryDirectory.path))
        #expect(opens("/etc/hostname") || !FileManager.default.fileExists(atPath: "/etc/hostname"))
    }
}
