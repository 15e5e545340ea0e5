import Foundation
import Testing

@testable import CSV

@Suite("CSVReader on files")
struct FileReadingTests {
    /// A file of several 256 KiB chunks whose quoted fields, CRLFs and multi-byte characters fall
    /// across chunk ends: reading it from disk must give what reading it in small chunks gives.
    @Test func readsAFileLargerThanAChunk() throws {
        var text = "response_id,school_id,comment\r\n"
        for row in 0..<12_000 {
            text += "r\(row),s\(row % 17),\"row \(row): é, \"\"quoted\"\"\r\nsecond line\"\r\n"
        }
        let bytes = Array(text.utf8)
        #expect(bytes.count > 2 * (256 << 10))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-reader-\(UUID()).csv")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }

        let fromFile = readAll(try CSVReader(url: url))
        #expect(fromFile == read(bytes, chunkSize: 4093))
        #expect(fromFile == readAll(try CSVReader(url: url, chunkSize: 16 << 10)))  // a header reader's chunks
        #expect(fromFile.records.count == 12_001)
        #expect(fromFile.records.last == "24000: r11999|s14|row 11999: é, \"quoted\"\\r\\nsecond line")
        #expect(fromFile.issues.isEmpty)
        #expect(fromFile.physicalLines == 24_001)
    }

    @Test func readsUTF16FromAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-reader-\(UUID()).txt")
        try Data(utf16("id\tname\r\n1\tRenée\r\n", bigEndian: false)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = readAll(try CSVReader(url: url))
        #expect(result.records == ["1: id|name", "2: 1|Renée"])
        #expect(result.encoding == .utf16LE)
        #expect(result.delimiter == .tab)
    }

    @Test func throwsOnlyWhenTheFileCannotBeOpened() {
        let missing = URL(fileURLWithPath: "/nonexistent/pulse/\(UUID()).csv")
        #expect(throws: CSVOpenError.self) { try CSVReader(url: missing) }
        #expect(throws: CSVOpenError.self) { try CSVReader(url: FileManager.default.temporaryDirectory) }
    }
}
