import Testing

@testable import CSV

/// One adversarial input and everything the reader must make of it.
struct ReaderCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: [UInt8]
    var delimiter: UInt8? = nil
    var maximumFieldBytes = 16 << 20
    /// See ``ReadResult/records``.
    var records: [String]
    /// Each expected issue is a prefix of the actual `line:column: severity: message`.
    var issues: [String] = []
    var fileIssues: [String] = []
    var detectedDelimiter: UInt8 = .comma
    var encoding: CSVEncoding = .utf8
    var physicalLines: Int? = nil

    var testDescription: String { name }

    init(
        _ name: String, _ input: String, delimiter: UInt8? = nil, maximumFieldBytes: Int = 16 << 20,
        records: [String], issues: [String] = [], fileIssues: [String] = [], detectedDelimiter: UInt8 = .comma,
        physicalLines: Int? = nil
    ) {
        self.init(
            name, bytes: Array(input.utf8), delimiter: delimiter, maximumFieldBytes: maximumFieldBytes,
            records: records, issues: issues, fileIssues: fileIssues, detectedDelimiter: detectedDelimiter,
            physicalLines: physicalLines)
    }

    init(
        _ name: String, bytes: [UInt8], delimiter: UInt8? = nil, maximumFieldBytes: Int = 16 << 20,
        records: [String], issues: [String] = [], fileIssues: [String] = [], detectedDelimiter: UInt8 = .comma,
        encoding: CSVEncoding = .utf8, physicalLines: Int? = nil
    ) {
        self.name = name
        self.input = bytes
        self.delimiter = delimiter
        self.maximumFieldBytes = maximumFieldBytes
        self.records = records
        self.issues = issues
        self.fileIssues = fileIssues
        self.detectedDelimiter = delimiter ?? detectedDelimiter
        self.encoding = encoding
        self.physicalLines = physicalLines
    }

    /// Checks what a reader made of the input against the expectations.
    func check(_ result: ReadResult) {
        #expect(result.records == records)
        #expect(result.issues.count == issues.count, "issues: \(result.issues)")
        for (actual, expected) in zip(result.issues, issues) {
            #expect(actual.hasPrefix(expected), "issue \(actual) should start with \(expected)")
        }
        #expect(result.fileIssues.count == fileIssues.count, "file issues: \(result.fileIssues)")
        for (actual, expected) in zip(result.fileIssues, fileIssues) {
            #expect(actual.hasPrefix(expected), "file issue \(actual) should start with \(expected)")
        }
        #expect(result.delimiter == detectedDelimiter)
        #expect(result.encoding == encoding)
        if let physicalLines { #expect(result.physicalLines == physicalLines) }
    }

    func read(chunkSize: Int = 256 << 10) -> ReadResult {
        CSVTests.read(input, delimiter: delimiter, maximumFieldBytes: maximumFieldBytes, chunkSize: chunkSize)
    }
}

let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

/// The table of adversarial inputs, shared by the reader tests and the chunk-boundary tests.
let readerCases: [ReaderCase] = [
    // Line ends.
    ReaderCase("LF", "a,b\n1,2\n", records: ["1: a|b", "2: 1|2"], physicalLines: 2),
    ReaderCase("CRLF", "a,b\r\n1,2\r\n", records: ["1: a|b", "2: 1|2"], physicalLines: 2),
    ReaderCase("lone CR", "a,b\r1,2\r", records: ["1: a|b", "2: 1|2"], physicalLines: 2),
    ReaderCase(
        "mixed line ends, no final line end", "a,b\r\n1,2\n3,4\r5,6",
        records: ["1: a|b", "2: 1|2", "3: 3|4", "4: 5|6"], physicalLines: 4),
    ReaderCase(
        "blank lines are skipped but counted", "\n\na,b\n\n\r\n1,2\n\r\r\n",
        records: ["3: a|b", "6: 1|2"], physicalLines: 8),

    // Encodings.
    ReaderCase(
        "UTF-8 byte-order mark", bytes: utf8BOM + Array("id,name\n1,Zoë\n".utf8),
        records: ["1: id|name", "2: 1|Zoë"], encoding: .utf8BOM),
    ReaderCase(
        "UTF-16LE with comma, CRLF and a surrogate pair",
        bytes: utf16("id,name\r\n1,\"Zoë, 😀\"\r\n2,x\r\n", bigEndian: false),
        records: ["1: id|name", "2: 1|Zoë, 😀", "3: 2|x"], encoding: .utf16LE, physicalLines: 3),
    ReaderCase(
        "UTF-16LE with tab", bytes: utf16("id\tname\n1\tJosé\n", bigEndian: false),
        records: ["1: id|name", "2: 1|José"], detectedDelimiter: .tab, encoding: .utf16LE),
    ReaderCase(
        "UTF-16BE with tab", bytes: utf16("id\tname\n1\t日本\n", bigEndian: true),
        records: ["1: id|name", "2: 1|日本"], detectedDelimiter: .tab, encoding: .utf16BE),
    ReaderCase(
        "UTF-16BE with comma", bytes: utf16("a,b\n1,𝄞x\n", bigEndian: true),
        records: ["1: a|b", "2: 1|𝄞x"], encoding: .utf16BE),
    ReaderCase(
        "UTF-16 unpaired surrogate", bytes: [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x00, 0xD8, 0x62, 0x00],
        records: ["1: a", "2: \u{FFFD}b !"], issues: ["2:1: error: invalid UTF-16LE text"], encoding: .utf16LE),
    ReaderCase(
        "UTF-16 odd byte at the end", bytes: [0xFF, 0xFE, 0x61, 0x00, 0x62],
        records: ["1: a\u{FFFD} !"], issues: ["1:1: error: invalid UTF-16LE text"], encoding: .utf16LE),
    ReaderCase(
        "byte-order mark only", bytes: utf8BOM, records: [], fileIssues: ["1:0: warning: empty file"],
        encoding: .utf8BOM, physicalLines: 0),

    // Quoting.
    ReaderCase("quoted delimiter", "a,\"b,c\",d\n", records: ["1: a|b,c|d"]),
    ReaderCase("doubled quotes", "\"say \"\"hi\"\"\",\"\"\"\"\n", records: ["1: say \"hi\"|\""]),
    ReaderCase("empty quoted field", "\"\",x,\"\"\n", records: ["1: |x|"]),
    ReaderCase(
        "quoted newlines count as lines", "id,comment\n1,\"line one\nline two\"\n2,next\n",
        records: ["1: id|comment", "2: 1|line one\\nline two", "4: 2|next"], physicalLines: 4),
    ReaderCase(
        "quoted CRLF is kept and counted once", "1,\"a\r\nb\",c\r\n2,d\r\n",
        records: ["1: 1|a\\r\\nb|c@2", "3: 2|d"], physicalLines: 3),
    ReaderCase(
        "quoted blank line and lone CR", "1,\"a\n\nb\r\",x\n2,y",
        records: ["1: 1|a\\n\\nb\\r|x@4", "5: 2|y"], physicalLines: 5),
    ReaderCase("quoted field at the end without line end", "a,\"b\"", records: ["1: a|b"], physicalLines: 1),
    ReaderCase(
        "quote inside an unquoted field", "ab\"c\"d,e\n",
        records: ["1: ab\"c\"d|e"], issues: ["1:1: warning: quote inside an unquoted field"]),
    ReaderCase(
        "text after a closing quote", "\"ab\"c,d\n",
        records: ["1: abc|d"], issues: ["1:1: warning: text after a closing quote"]),
    ReaderCase(
        "space before an opening quote", "a, \"b\"\n",
        records: ["1: a| \"b\""], issues: ["1:2: warning: quote inside an unquoted field"]),

    // Delimiters.
    ReaderCase(
        "semicolon detected", "id;name;score\n1;\"a;b\";3,5\n",
        records: ["1: id|name|score", "2: 1|a;b|3,5"], detectedDelimiter: .semicolon),
    ReaderCase(
        "tab detected", "id\tname\n1\tx,y\n", records: ["1: id|name", "2: 1|x,y"], detectedDelimiter: .tab),
    ReaderCase("tie goes to comma", "a,b;c\n", records: ["1: a|b;c"]),
    ReaderCase(
        "detection ignores quoted delimiters", "\"a;b;c\",d\n1,2\n", records: ["1: a;b;c|d", "2: 1|2"]),
    ReaderCase(
        "detection skips leading blank lines", "\r\n\r\nx;y\n", records: ["3: x|y"],
        detectedDelimiter: .semicolon),
    ReaderCase(
        "explicit delimiter", "a|b,c\n1|2\n", delimiter: UInt8(ascii: "|"), records: ["1: a|b,c", "2: 1|2"]),
    ReaderCase("single column", "name\nx\n", records: ["1: name", "2: x"]),

    // Shapes.
    ReaderCase("empty file", "", records: [], fileIssues: ["1:0: warning: empty file"], physicalLines: 0),
    ReaderCase(
        "blank lines only", "\n\r\n\n", records: [], fileIssues: ["1:0: warning: empty file"], physicalLines: 3),
    ReaderCase("header only", "id,name\n", records: ["1: id|name"], physicalLines: 1),
    ReaderCase("header only without line end", "id,name", records: ["1: id|name"], physicalLines: 1),
    ReaderCase(
        "ragged rows keep their field count", "a,b,c\n1,2\n1,2,3,4\n,,\n",
        records: ["1: a|b|c", "2: 1|2", "3: 1|2|3|4", "4: ||"]),
    ReaderCase("trailing delimiter at the end", "a,b,", records: ["1: a|b|"]),

    // Errors and resynchronisation.
    ReaderCase(
        "unterminated quote mid-file, quotes pair up wrongly", "id,name\n1,\"Smith\n2,\"Jones\"\n3,x\n",
        records: ["1: id|name", "2: 1|Smith !", "3: 2|Jones", "4: 3|x"],
        issues: ["2:2: error: unterminated quote; record skipped, reading resumes at line 3"], physicalLines: 4),
    ReaderCase(
        "unterminated quote mid-file, runs to the end", "id,name\n1,\"Smith\n2,Jones\n3,x\n",
        records: ["1: id|name", "2: 1|Smith !", "3: 2|Jones", "4: 3|x"],
        issues: ["2:2: error: unterminated quote; record skipped, reading resumes at line 3"], physicalLines: 4),
    ReaderCase(
        "unterminated quote with CRLF resumes after the whole CRLF", "a\r\n\"b\r\nc\r\nd\r\n",
        records: ["1: a", "2: b !", "3: c", "4: d"], issues: ["2:1: error: unterminated quote"], physicalLines: 4),
    ReaderCase(
        "two unterminated quotes in a row", "x\n\"a\n\"b\nc\n",
        records: ["1: x", "2: a !", "3: b !", "4: c"],
        issues: ["2:1: error: unterminated quote", "3:1: error: unterminated quote"]),
    ReaderCase(
        "unterminated quote on the last line", "a,b\n1,\"xyz",
        records: ["1: a|b", "2: 1|xyz !"], issues: ["2:2: error: unterminated quote at the end of the input"],
        physicalLines: 2),
    ReaderCase(
        "issues after the first line of a broken record are found again on re-reading",
        "a,\"b\nc,\u{0}\n",
        records: ["1: a|b !", "2: c|\u{0} !"],
        issues: ["1:2: error: unterminated quote", "2:2: error: NUL byte"]),
    ReaderCase(
        "broken record too long to re-read", "a,\"bcd\nefghij\nk\"l\nm\n", maximumFieldBytes: 8,
        records: ["1: a|bcd !", "4: m"],
        issues: ["1:2: error: unterminated quote; the record is longer than 8 bytes and was skipped to line 4"]),
    ReaderCase(
        "invalid UTF-8", bytes: Array("a,b\n1,".utf8) + [0xC3, 0x28] + Array("\n2,ok\n".utf8),
        records: ["1: a|b", "2: 1|\u{FFFD}( !", "3: 2|ok"], issues: ["2:2: error: invalid UTF-8"]),
    ReaderCase(
        "overlong UTF-8", bytes: [0xC0, 0xAF, 0x0A], records: ["1: \u{FFFD}\u{FFFD} !"],
        issues: ["1:1: error: invalid UTF-8"]),
    ReaderCase(
        "NUL byte", "a,b\n1,x\u{0}y\n", records: ["1: a|b", "2: 1|x\u{0}y !"], issues: ["2:2: error: NUL byte"]),
    ReaderCase(
        "field over the limit", "a,b\n1,0123456789abc,z\n2,ok\n", maximumFieldBytes: 8,
        records: ["1: a|b", "2: 1|01234567 !", "3: 2|ok"],
        issues: ["2:2: error: field longer than 8 bytes; the rest of the record is skipped"]),
    ReaderCase(
        "quoted field over the limit, across lines", "1,\"0123\n456789\",\"z\n\"\n2,ok\n", maximumFieldBytes: 8,
        records: ["1: 1|0123\\n456 !", "4: 2|ok"], issues: ["1:2: error: field longer than 8 bytes"]),
    ReaderCase(
        "field exactly at the limit", "12345678,x\n", maximumFieldBytes: 8, records: ["1: 12345678|x"]),
]

@Suite("CSVReader: adversarial inputs")
struct ReaderCaseTests {
    @Test(arguments: readerCases)
    func reads(_ testCase: ReaderCase) {
        testCase.check(testCase.read())
    }

    /// The streaming proof: tiny chunks split every code unit, CRLF, quote pair and field, and the
    /// records, positions and issues must not change.
    @Test(arguments: readerCases, 1...7)
    func readsInTinyChunks(_ testCase: ReaderCase, chunkSize: Int) {
        testCase.check(testCase.read(chunkSize: chunkSize))
    }
}
