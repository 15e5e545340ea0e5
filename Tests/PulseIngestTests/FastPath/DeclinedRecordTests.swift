import CSV
import Foundation
import PulseModel
import Testing

@testable import PulseIngest

/// Records the fast path declines are left aside and read by the plain path at their own lines, while
/// the rest of the file stays on the fast path: the same responses, tallies and diagnostics (lines and
/// columns) as the plain path's reading of the whole file, in any number of parts.
@Suite("Ingest: records left aside for the plain path")
struct DeclinedRecordTests {
    let paths = FastPathTests()

    /// Rows the fast path declines: some the plain path reports and leaves out, some it keeps.
    static let badRows = [
        "bad1,2026-03-02,zz,teacher,4,4,",  // unknown school
        "bad2,2026-03-02,s1,teacher,9,4,",  // answer off the scale: reported, the row kept
        "bad3,03/02/2026,s1,teacher,4,4,",  // bad date
        ",2026-03-02,s1,teacher,4,4,",  // blank id
        "bad5, 2026-03-02,s1,teacher,4,4,",  // a space to trim: kept
        "bad6,2026-03-02, s2 ,teacher,4,4,\"a comment\nof two lines\"",  // kept, two lines long
        "bad7,2026-03-02,s1,teacher,4,4,\"nul \u{0}\"",  // a NUL in a text
        "bad8,2026-03-02,s1",  // fields missing
        "bad9,2026-03-02,s1,teacher,4,4,,\"one\ntoo many\"",  // a field too many
        "bad5,2026-03-02,s1,teacher,9,4,",  // a repeat of a row left aside (and declined itself)
    ]

    /// About `rows` clean rows with the bad rows between them: the first right after the header, the last
    /// at the end without a line end.
    static func file(rows: Int, lineEnd: String = "\n") -> String {
        let bad = badRows.map { $0.replacingOccurrences(of: "\n", with: lineEnd) }
        var text = ""
        for (index, row) in bad.enumerated() {
            let clean = FastPathTests.pulse(
                rows: rows / bad.count, seed: 21 + UInt64(index), idPrefix: "q\(index)-", lineEnd: lineEnd)
            let header = clean.range(of: lineEnd)!
            if index == 0 { text += clean[..<header.upperBound] }
            text += row + (index + 1 < bad.count ? lineEnd + clean[header.upperBound...] : "")
        }
        return text
    }

    /// Reads `text` as `pulse/a.csv` on the plain path, then on the fast path in each number of parts,
    /// and expects the fast path to take the file (`taken`) with the plain path's reading.
    func expectSameAsThePlainPath(
        _ text: String, parts: [Int] = [1, 2, 3, 7], maximumDeclinedPerPart: Int = DeclinedRecord.maximumPerPart,
        taken: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = try paths.builder(["pulse/a.csv": text]).write()
        var plain = try DatasetFolder(url)
        var plainSink = RecordingSink()
        plain.readResponses { plainSink.add($0) }
        #expect(plain.log.errorCount > 0, "the file has rows to report", sourceLocation: sourceLocation)
        let folder = try DatasetFolder(url)
        for parts in parts {
            let reader = CanonicalPulseFile(
                dataset: folder.dataset, parts: parts, minimumPartBytes: 1,
                maximumDeclinedPerPart: maximumDeclinedPerPart)
            var seen = ResponseIDSet()
            var log = folder.log
            var sink = RecordingSink()
            let tally = reader.read(folder.pulseFiles[0], file: "pulse/a.csv", seen: &seen, log: &log, into: &sink)
            #expect((tally != nil) == taken, "\(parts) parts", sourceLocation: sourceLocation)
            guard let tally else { continue }
            #expect(tally == plain.tallies.last, "\(parts) parts", sourceLocation: sourceLocation)
            #expect(sink.sorted == plainSink.sorted, "\(parts) parts", sourceLocation: sourceLocation)
            #expect(log.kept == plain.log.kept, "\(parts) parts", sourceLocation: sourceLocation)
            #expect(log.errorCount == plain.log.errorCount, "\(parts) parts", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: ["LF", "CRLF", "CR"])
    func badRowsAreReadAtTheirLinesWhileTheFileStaysOnTheFastPath(lineEnd: String) throws {
        let lineEnd = ["LF": "\n", "CRLF": "\r\n", "CR": "\r"][lineEnd]!
        try expectSameAsThePlainPath(Self.file(rows: 3 * RowBatch.capacity, lineEnd: lineEnd))
    }

    @Test func aFileOfBadRowsOnlyIsReadTheSame() throws {
        let text = "response_id,submitted_at,school_id,role,t1,t2,comment\n" + Self.badRows.joined(separator: "\n")
        try expectSameAsThePlainPath(text)
    }

    /// Whether a row is the repeat of another depends on their order: when a row left aside has the id of a
    /// row the fast path took, before or after it, the plain path reads the whole file.
    @Test func anIDSharedWithAFoldedRowSendsTheFileToThePlainPath() throws {
        let clean = FastPathTests.pulse(rows: 500, seed: 22)
        let before = clean.replacingOccurrences(of: "\nq1,", with: "\nq400,2026-03-02,zz,teacher,4,4,\nq1,")
        let after = clean + "q3,2026-03-02,s1,teacher,9,4,\n"
        for text in [before, after] {
            try expectSameAsThePlainPath(text, taken: false)
        }
        try paths.expectSameBothWays(paths.builder(["pulse/a.csv": before, "pulse/b.csv": after]))
    }

    @Test func morePlainRowsThanAPartKeepsSendTheFileToThePlainPath() throws {
        let text = Self.file(rows: 400)
        try expectSameAsThePlainPath(text, parts: [1], maximumDeclinedPerPart: Self.badRows.count, taken: true)
        try expectSameAsThePlainPath(text, parts: [1], maximumDeclinedPerPart: Self.badRows.count - 1, taken: false)
    }

    /// The line breaks of `bytes` counted a byte at a time: an LF, or a CR not followed by an LF.
    static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.indices.filter { i in
            bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A))
        }.count
    }

    @Test func lineBreaksAreCountedAsTheCSVReaderCountsLines() {
        let cases: [(String, Int)] = [
            ("", 0), ("a\n", 1), ("a\r\n", 1), ("a\r", 1), ("\r\r\n\n", 3), ("\"x\r\ny\"\r", 2),
        ]
        for (text, breaks) in cases {
            let counted = Array(text.utf8).withUnsafeBufferPointer { Self.lineBreaks(in: $0) }
            #expect(counted == breaks, "\(text.debugDescription)")
            let reader = CSVReader(bytes: Array((text + "z").utf8))
            var last: Int?
            while let record = reader.next() { last = record.line }
            #expect(last == breaks + 1, "the line of a record after \(text.debugDescription)")
        }
    }

    /// The line breaks `RecordScanner` counts as it scans a record (in quoted fields, and its line end)
    /// against the byte count of the whole record, on random records of quoted and unquoted fields with
    /// CRs, LFs and doubled quotes, every line end and none.
    @Test func theScannerCountsLineBreaksAsTheByteLoopDoes() {
        var state: UInt64 = 13
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let quotedBytes = Array("ab,\r\n\t".utf8) + [0x22, 0x22]  // a quote comes doubled
        let scanner = RecordScanner(delimiter: UInt8(ascii: ","), fieldCount: 3)
        let fields = UnsafeMutablePointer<FieldSpan>.allocate(capacity: 3)
        defer { fields.deallocate() }
        var scanned = 0
        for _ in 0..<30_000 {
            var record: [UInt8] = []
            for field in 0..<3 {
                if field > 0 { record.append(UInt8(ascii: ",")) }
                if next(2) == 0 {
                    record.append(0x22)
                    for _ in 0..<next(12) {
                        let byte = quotedBytes[next(quotedBytes.count)]
                        record += byte == 0x22 ? [0x22, 0x22] : [byte]
                    }
                    record.append(0x22)
                } else {
                    record += (0..<next(5)).map { _ in UInt8(ascii: "x") }
                }
            }
            let lineEnd: [UInt8] = [[], [0x0A], [0x0D], [0x0D, 0x0A]][next(4)]
            let atEnd = lineEnd.isEmpty
            record += lineEnd
            let outcome = record.withUnsafeBufferPointer { scanner.scan($0, from: 0, atEnd: atEnd, into: fields) }
            guard case .record(let end, let breaks) = outcome else { continue }
            scanned += 1
            let counted = record.withUnsafeBufferPointer { Self.lineBreaks(in: $0) }
            if end != record.count || breaks != counted {
                Issue.record("\(record): \(breaks) to \(end), not \(counted) to \(record.count)")
                return
            }
        }
        #expect(scanned > 20_000)
    }

    @Test func anExcerptIsReadAtItsLines() {
        let excerpt = CSVExcerpt(pieces: [
            .init(lineBreaksBefore: 0, bytes: Array("id,score\n".utf8)),
            .init(lineBreaksBefore: 299_999, bytes: Array("r300000,\"x\ny\"\n".utf8)),
            .init(lineBreaksBefore: 0, bytes: []),
            .init(lineBreaksBefore: 5, bytes: Array("r7,z\r".utf8)),  // a lone CR, then breaks
            .init(lineBreaksBefore: 2, bytes: Array("r8,w".utf8)),
        ])
        let reader = CSVReader(excerpt: excerpt)
        var records: [(Int, [String])] = []
        while let record = reader.next() { records.append((record.line, record.strings)) }
        #expect(records.map(\.0) == [1, 300_001, 300_008, 300_011])
        #expect(records.map(\.1) == [["id", "score"], ["r300000", "x\ny"], ["r7", "z"], ["r8", "w"]])
    }
}
