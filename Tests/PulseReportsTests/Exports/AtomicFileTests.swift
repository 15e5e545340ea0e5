import Foundation
import Testing

@testable import PulseReports

/// `AtomicFile` replaces what a rename would replace, and only that, leaving no temporary file behind.
///
/// A class, so that each test's fresh folder (`dir`; Swift Testing makes an instance per test) is removed
/// when the test ends.
@Suite("Exports: atomic file writes")
final class AtomicFileTests {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pulse-atomic-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func contents(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// The names in a folder, hidden ones included (a temporary file is hidden).
    func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func aNewFileIsWritten() throws {
        let target = dir.appendingPathComponent("table.csv")
        try AtomicFile.write(Array("a,b\n".utf8), to: target)
        #expect(try contents(target) == "a,b\n")
        #expect(try names(dir) == ["table.csv"])
    }

    @Test func anExistingFileIsReplacedAndTheOldOneRemoved() throws {
        let target = dir.appendingPathComponent("table.csv")
        try AtomicFile.write(Array(String(repeating: "old\n", count: 10_000).utf8), to: target)
        try AtomicFile.write(to: target) { handle in
            try handle.write(contentsOf: Array("new,".utf8))
            try handle.write(contentsOf: Array("rows\n".utf8))
        }
        #expect(try contents(target) == "new,rows\n")
        #expect(try names(dir) == ["table.csv"])
    }

    @Test func aFailedWriteLeavesTheOldFileAsItWas() throws {
        struct Stop: Error {}
        let target = dir.appendingPathComponent("table.csv")
        try AtomicFile.write(Array("old\n".utf8), to: target)
        #expect(throws: Stop.self) {
            try AtomicFile.write(to: target) { handle in
                try handle.write(contentsOf: Array("half".utf8))
                throw Stop()
            }
        }
        #expect(try contents(target) == "old\n")
        #expect(try names(dir) == ["table.csv"])
    }

    /// A folder in the target's place is an error, as for a rename: the folder and what it holds stay.
    @Test func aFolderInThePlaceOfTheFileIsLeftAlone() throws {
        let target = dir.appendingPathComponent("table.csv")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try AtomicFile.write(Array("inside\n".utf8), to: target.appendingPathComponent("kept.txt"))
        #expect(throws: (any Error).self) { try AtomicFile.write(Array("new\n".utf8), to: target) }
        #expect(try contents(target.appendingPathComponent("kept.txt")) == "inside\n")
        #expect(try names(dir) == ["table.csv"])
    }

    /// A symbolic link in the target's place is replaced by the file, as a rename replaces it; what it
    /// points to is not written.
    @Test func aLinkInThePlaceOfTheFileIsReplacedNotFollowed() throws {
        let target = dir.appendingPathComponent("table.csv")
        let elsewhere = dir.appendingPathComponent("elsewhere.csv")
        try AtomicFile.write(Array("elsewhere\n".utf8), to: elsewhere)
        try FileManager.default.createSymbolicLink(at: target, withDestinationURL: elsewhere)
        try AtomicFile.write(Array("new\n".utf8), to: target)
        #expect(try contents(target) == "new\n")
        #expect(try contents(elsewhere) == "elsewhere\n")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: target.path)) == nil)
        #expect(try names(dir) == ["elsewhere.csv", "table.csv"])
    }
}
