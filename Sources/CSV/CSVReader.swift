import Foundation

/// A streaming CSV reader: RFC 4180 plus the variations of real exports, one record at a time,
/// with the physical line and column of every field and never more than one chunk, one record and
/// (for a broken multi-line record) a bounded replay buffer in memory.
///
///     let reader = try CSVReader(url: fileURL)
///     while let record = reader.next() {
///         for issue in record.issues { print("\(path):\(issue)") }
///         if record.isRejected { continue }
///         print(record.line, record.strings)
///     }
///     for issue in reader.fileIssues { print("\(path):\(issue)") }
///
/// What it accepts:
/// - UTF-8 (a byte-order mark is skipped) and UTF-16LE/BE with a byte-order mark, converted to UTF-8;
/// - CRLF, LF and a lone CR each end a line; blank lines are skipped and are not records;
/// - fields quoted with `"`, holding delimiters, doubled quotes and line breaks (kept as written);
/// - `,`, `;` or tab as the delimiter: given, or detected as the one of the three that occurs most
///   often outside quotes in the header line (ties go to the comma; the header line is looked for
///   in the first MiB of the input).
///
/// What it reports (as ``CSVIssue``s in ``CSVRecord/issues``; reading always goes on):
/// - warning: a quote inside an unquoted field (kept as a literal character);
/// - warning: text after a closing quote on the same line, as in `"ab"c` (kept: the field is `abc`);
/// - error: invalid UTF-8 (or an unpaired UTF-16 surrogate) or a NUL byte in a field;
/// - error: a field longer than `maximumFieldBytes`: the field is cut at the limit and the rest of
///   the record is skipped, without storing it;
/// - error: an unterminated quote, reported at the field that opens it. **Resynchronisation rule:**
///   the record is rejected, and reading starts again at the beginning of the physical line after
///   the line where the bad record started, as if the quote had never been opened. A quote is
///   taken as unterminated when the input ends inside it, or when a quoted field has spanned a line
///   break and its closing quote is followed by something other than a delimiter or a line end
///   (the sign that the quote was stray and quotes have paired up wrongly since). The rejected
///   record holds the fields of its first line only. To re-read, the reader keeps the bytes of the
///   record from its second line on, up to `maximumFieldBytes`; if the record grew past that before
///   it was found broken, it cannot be re-read, and reading resumes after the line where the
///   problem was noticed (the issue says so).
///
/// Checking the number of fields against the header is the caller's job: see ``CSVRecord/count``.
public final class CSVReader {
    /// The delimiter: the one given, or the one detected from the header line (known after the
    /// first call to ``next()``; a comma until then).
    public var delimiter: UInt8 { scanner.delimiter }
    /// The longest field accepted, in bytes of UTF-8.
    public let maximumFieldBytes: Int
    /// Physical lines read so far; at the end of input, the number of lines of the input.
    @exclusivity(unchecked) public private(set) var physicalLines = 0
    /// Issues not tied to a record: a read error, an empty input.
    public private(set) var fileIssues: [CSVIssue] = []

    /// The encoding, decided from the byte-order mark (known after the first call to ``next()``).
    public var encoding: CSVEncoding { input.encoding }

    // The state below is touched several times per record. A reader is used by one thread, and its
    // methods never access one of these properties while another access to it is going on (the whole
    // test suite passed with run-time checks on them), so they are not checked at run time: the checks
    // were about a tenth of the instructions of reading a short record (`schools.csv`).

    // Input: UTF-8 chunks, the one being scanned, and how far it has been scanned.
    @exclusivity(unchecked) var input: DecodedInput
    @exclusivity(unchecked) var buffer: [UInt8] = []
    @exclusivity(unchecked) var position = 0
    private let delimiterIsGiven: Bool
    @exclusivity(unchecked) private var hasStarted = false
    @exclusivity(unchecked) private var recordsRead = 0
    @exclusivity(unchecked) private var reachedEnd = false
    /// The last byte of the input seen so far, to tell at the end whether the last line was ended.
    @exclusivity(unchecked) private var lastByte: UInt8?

    /// The scanner's state and the record being built, carried from chunk to chunk.
    @exclusivity(unchecked) var scanner: CSVScanner

    // What is needed to re-read a record that turns out to have an unterminated quote: the bytes of
    // the chunks already scanned since its first line break.
    @exclusivity(unchecked) var replay: [UInt8] = []
    @exclusivity(unchecked) var replayOverflowed = false

    /// Opens a file for streaming. Throws ``CSVOpenError`` only if the file cannot be opened;
    /// every later problem is an issue.
    ///
    /// - Parameters:
    ///   - delimiter: an ASCII byte other than `"`, CR and LF; nil detects `,` `;` or tab.
    ///   - maximumFieldBytes: longer fields are an error (default 16 MiB).
    ///   - chunkSize: bytes read (and decoded) at a time; a reader of a file's first records only (its
    ///     header) reads less with a small one. Records never depend on it.
    public convenience init(
        url: URL, delimiter: UInt8? = nil, maximumFieldBytes: Int = 16 << 20, chunkSize: Int = 256 << 10
    ) throws {
        let source = try FileByteSource(path: url.path)
        self.init(source: source, delimiter: delimiter, maximumFieldBytes: maximumFieldBytes, chunkSize: chunkSize)
    }

    /// Reads bytes already in memory (tests, small inputs); same behaviour as reading a file.
    public convenience init(bytes: [UInt8], delimiter: UInt8? = nil, maximumFieldBytes: Int = 16 << 20) {
        self.init(bytes: bytes, delimiter: delimiter, maximumFieldBytes: maximumFieldBytes, chunkSize: 256 << 10)
    }

    /// Reads bytes in memory in chunks of `chunkSize` bytes: tests use tiny chunks to prove that
    /// records do not depend on where chunks end.
    convenience init(bytes: [UInt8], delimiter: UInt8? = nil, maximumFieldBytes: Int = 16 << 20, chunkSize: Int) {
        self.init(
            source: ArrayByteSource(bytes), delimiter: delimiter, maximumFieldBytes: maximumFieldBytes,
            chunkSize: chunkSize)
    }

    init(source: any ByteSource, delimiter: UInt8?, maximumFieldBytes: Int, chunkSize: Int) {
        if let delimiter {
            precondition(
                delimiter < 0x80 && delimiter != .quote && delimiter != .lineFeed && delimiter != .carriageReturn,
                "the delimiter must be an ASCII byte other than a quote or a line break")
        }
        precondition(maximumFieldBytes > 0, "maximumFieldBytes must be positive")
        self.input = DecodedInput(source: source, chunkSize: chunkSize)
        self.scanner = CSVScanner(
            delimiter: delimiter ?? .comma, maximumFieldBytes: maximumFieldBytes, encoding: input.encoding)
        self.delimiterIsGiven = delimiter != nil
        self.maximumFieldBytes = maximumFieldBytes
    }

    /// The next record, or nil at the end of the input. Never throws and never traps on any input:
    /// problems are in the record's ``CSVRecord/issues`` or in ``fileIssues``.
    public func next() -> CSVRecord? {
        if !hasStarted { start() }
        startRecord()
        while true {
            if position == buffer.count {
                if refill() { continue }
                return finishAtEnd()
            }
            let outcome = buffer.withUnsafeBufferPointer { scanner.scan($0, from: &position) }
            switch outcome {
            case .needsInput: continue
            case .record: return emit()
            case .brokenQuote: return rejectUnterminatedQuote(atEnd: false)
            }
        }
    }

    /// How much of the input's start the delimiter detection looks at to find the end of the header.
    static let delimiterDetectionLimit = 1 << 20

    /// Reads the encoding and, unless given, the delimiter from the first bytes of the input.
    private func start() {
        hasStarted = true
        input.detectEncoding()
        var delimiter = scanner.delimiter
        if !delimiterIsGiven {
            var detector = DelimiterDetector()
            var scanned = 0
            repeat {
                let end = min(buffer.count, Self.delimiterDetectionLimit)
                detector.feed(buffer[scanned..<end])
                scanned = end
            } while !detector.isComplete && scanned < Self.delimiterDetectionLimit && input.read(appendingTo: &buffer)
            delimiter = detector.delimiter
        }
        scanner = CSVScanner(delimiter: delimiter, maximumFieldBytes: maximumFieldBytes, encoding: input.encoding)
        noteReadError()
    }

    /// Replaces the scanned chunk with the next one; false at the end of input.
    private func refill() -> Bool {
        if scanner.resyncPoint != nil && !replayOverflowed {
            replay.append(contentsOf: buffer[scanner.replayStart...])
            scanner.replayStart = 0
            if replay.count > maximumFieldBytes {  // too long to re-read: stop keeping it
                replayOverflowed = true
                replay = []
            }
        }
        lastByte = buffer.last ?? lastByte
        buffer.removeAll(keepingCapacity: true)
        position = 0
        let more = input.read(appendingTo: &buffer)
        noteReadError()
        return more
    }

    private func noteReadError() {
        if let reason = input.takeError() {
            fileIssues.append(
                CSVIssue(line: scanner.line, column: 0, severity: .error, message: "read error: \(reason)"))
        }
    }

    /// Finishes the record in progress when the input ends; nil if there is none.
    private func finishAtEnd() -> CSVRecord? {
        let endsWithLineBreak = lastByte == nil || lastByte == .lineFeed || lastByte == .carriageReturn
        let line = scanner.line
        physicalLines = max(physicalLines, endsWithLineBreak ? line - 1 : line)
        switch scanner.state {
        case .recordStart, .skippingLine:
            if !reachedEnd {
                reachedEnd = true
                if recordsRead == 0 {
                    let issue = CSVIssue(line: 1, column: 0, severity: .warning, message: "empty file: no records")
                    fileIssues.append(issue)
                }
            }
            return nil
        case .fieldStart, .unquoted, .afterQuote:
            scanner.closeField()
            scanner.state = .recordStart
            return emit()
        case .quoted:
            return rejectUnterminatedQuote(atEnd: true)
        }
    }

    /// Clears the record buffers (keeping their memory when no caller holds the last record).
    private func startRecord() {
        scanner.startRecord()
        replay.removeAll(keepingCapacity: true)
        replayOverflowed = false
    }

    /// Hands out the record just completed.
    func emit() -> CSVRecord {
        recordsRead += 1
        physicalLines = max(physicalLines, scanner.line - 1)
        return scanner.record
    }
}
