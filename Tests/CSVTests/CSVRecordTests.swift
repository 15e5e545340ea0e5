import Testing

@testable import CSV

@Suite("CSVRecord")
struct CSVRecordTests {
    @Test func givesFieldsBytesAndPositions() throws {
        let reader = CSVReader(bytes: Array("id,note,score\n7,\"two\nlines\",\n".utf8))
        _ = reader.next()
        let record = try #require(reader.next())
        #expect(record.line == 2)
        #expect(record.count == 3)
        #expect(record.strings == ["7", "two\nlines", ""])
        #expect(record.string(1) == "two\nlines")
        #expect(record.withBytes(0) { Array($0) } == [UInt8(ascii: "7")])
        #expect(record.byteCount(1) == 9)
        #expect(record.byteCount(2) == 0)
        #expect(record.position(0) == (2, 1))
        #expect(record.position(1) == (2, 2))
        #expect(record.position(2) == (3, 3))
        #expect(!record.isRejected)
        #expect(record.issues.isEmpty)
        #expect(reader.next() == nil)
        #expect(reader.physicalLines == 3)
    }

    @Test func aKeptRecordIsNotChangedByTheNextRead() throws {
        let reader = CSVReader(bytes: Array("a,b\nc,d\n".utf8))
        let first = try #require(reader.next())
        let second = try #require(reader.next())
        #expect(first.strings == ["a", "b"])
        #expect(second.strings == ["c", "d"])
    }

    @Test func warningsDoNotRejectAndErrorsDo() throws {
        let reader = CSVReader(bytes: Array("a\"b\nc\u{0}\n".utf8))
        let warned = try #require(reader.next())
        #expect(warned.issues.map(\.severity) == [.warning])
        #expect(!warned.isRejected)
        let failed = try #require(reader.next())
        #expect(failed.issues.map(\.severity) == [.error])
        #expect(failed.isRejected)
        #expect(failed.issues.first?.description == "2:1: error: NUL byte in field")
    }
}
