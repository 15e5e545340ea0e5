/// Where the scanner is within the CSV grammar; carried across chunk boundaries.
enum ScanState {
    /// Before a record: line breaks here are blank lines.
    case recordStart
    /// At the first byte of a field: a quote opens a quoted field.
    case fieldStart
    case unquoted
    case quoted
    /// Just after a quote inside a quoted field: a second quote is a literal quote, anything else
    /// closes the field.
    case afterQuote
    /// Passing over the rest of a line after a broken record that cannot be re-read.
    case skippingLine
}

/// What a scan of the current chunk ended with.
enum ScanOutcome {
    case needsInput
    case record
    case brokenQuote
}

/// The state machine of `CSVReader` and the record it is building: where it is in the grammar, the
/// physical line, the record's bytes, field ends, lines and issues.
///
/// A value the reader holds and scans a chunk with in one call, so that the work per byte and per
/// field changes the fields of a struct (checked for exclusive access when compiled) rather than the
/// stored properties of a class (checked at run time, on every access).
struct CSVScanner {
    let delimiter: UInt8
    let maximumFieldBytes: Int
    let encoding: CSVEncoding
    private let unquotedStops: ByteSet
    private let quotedStops = ByteSet(.quote, .lineFeed, .carriageReturn)
    private let lineStops = ByteSet(.lineFeed, .carriageReturn)

    var state = ScanState.recordStart
    /// The physical line (1-based) the scanner is on.
    var line = 1
    var skipsLineFeed = false

    // The record being built.
    var storage: [UInt8] = []
    var fieldEnds: [Int] = []
    var fieldLines: [Int] = []
    var issues: [CSVIssue] = []
    var recordLine = 1
    var fieldStart = 0
    var fieldColumn = 0
    var fieldLine = 1
    var isSkippingRecord = false
    private var warnedAboutQuote = false

    /// The record's state at its first line break inside quotes (see `ResyncPoint`), and where in the
    /// chunk the bytes after it start.
    var resyncPoint: ResyncPoint?
    var replayStart = 0

    init(delimiter: UInt8, maximumFieldBytes: Int, encoding: CSVEncoding) {
        self.delimiter = delimiter
        self.maximumFieldBytes = maximumFieldBytes
        self.encoding = encoding
        unquotedStops = ByteSet(delimiter, .quote, .lineFeed, .carriageReturn)
    }

    /// Empties the record (keeping the memory of its buffers when no caller holds the last record).
    mutating func startRecord() {
        storage.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        fieldLines.removeAll(keepingCapacity: true)
        issues.removeAll(keepingCapacity: true)
        fieldColumn = 0
        isSkippingRecord = false
        resyncPoint = nil
    }

    /// The record built.
    var record: CSVRecord {
        CSVRecord(line: recordLine, storage: storage, fieldEnds: fieldEnds, fieldLines: fieldLines, issues: issues)
    }

    /// Scans `bytes` from `index` until a record is complete or the chunk is used up; moves `index` past
    /// what it scanned. Unquoted and quoted text is skipped over with ``ByteSet/firstIndex(in:from:)``
    /// and copied into the record a span at a time; only the bytes that mean something (delimiter,
    /// quote, CR, LF) are looked at one by one.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int) -> ScanOutcome {
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            if skipsLineFeed {
                skipsLineFeed = false
                if byte == .lineFeed {  // the LF of a CRLF whose CR was already counted
                    if state == .quoted { appendField(byte) }
                    index += 1
                    continue
                }
            }
            switch state {
            case .recordStart:
                if byte == .lineFeed || byte == .carriageReturn {  // a blank line
                    endLine(with: byte)
                    index += 1
                } else {
                    recordLine = line
                    beginField()
                    state = .fieldStart
                }
            case .fieldStart:
                if byte == .quote {
                    state = .quoted
                    index += 1
                } else {
                    state = .unquoted
                }
            case .unquoted:
                guard let special = copyField(to: unquotedStops, bytes, &index) else { return .needsInput }
                if special == delimiter {
                    closeField()
                    beginField()
                    state = .fieldStart
                } else if special == .quote {
                    warnOncePerField("quote inside an unquoted field, kept as a character")
                    appendField(special)
                } else {
                    endLine(with: special)
                    closeField()
                    state = .recordStart
                    return .record
                }
            case .quoted:
                guard let special = copyField(to: quotedStops, bytes, &index) else { return .needsInput }
                if special == .quote {
                    state = .afterQuote
                } else {  // a line break inside quotes belongs to the field
                    if resyncPoint == nil { markResyncPoint(replayFrom: index, lineBreak: special) }
                    appendField(special)
                    endLine(with: special)
                }
            case .afterQuote:
                if byte == .quote {
                    appendField(byte)
                    state = .quoted
                    index += 1
                } else if byte == delimiter {
                    index += 1
                    closeField()
                    beginField()
                    state = .fieldStart
                } else if byte == .lineFeed || byte == .carriageReturn {
                    index += 1
                    endLine(with: byte)
                    closeField()
                    state = .recordStart
                    return .record
                } else if resyncPoint != nil {
                    return .brokenQuote
                } else {
                    warnOncePerField("text after a closing quote, kept as part of the field")
                    state = .unquoted
                }
            case .skippingLine:
                index = lineStops.firstIndex(in: bytes, from: index)
                guard index < end else { return .needsInput }
                endLine(with: bytes[index])
                index += 1
                state = .recordStart
            }
        }
        return .needsInput
    }

    /// Copies the field's bytes from `index` up to the first of `stops` into the record and returns that
    /// byte, `index` past it; nil when the chunk ends first (`index` at its end).
    @inline(__always)
    private mutating func copyField(
        to stops: ByteSet, _ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int
    ) -> UInt8? {
        let stop = stops.firstIndex(in: bytes, from: index)
        appendField(bytes, from: index, to: stop)
        index = stop
        guard index < bytes.count else { return nil }
        index += 1
        return bytes[stop]
    }

    /// Counts a line break; a CR also swallows the LF that may follow it.
    private mutating func endLine(with lineBreak: UInt8) {
        line += 1
        skipsLineFeed = lineBreak == .carriageReturn
    }

    private mutating func beginField() {
        fieldColumn += 1
        fieldLine = line
        warnedAboutQuote = false
        guard !isSkippingRecord else { return }
        fieldStart = storage.count
        fieldLines.append(line)
    }

    /// Ends the current field and checks its bytes: valid UTF-8 (always true of ASCII) and no NUL.
    mutating func closeField() {
        guard !isSkippingRecord else { return }
        let (hasNul, isASCII) = storage.withUnsafeBufferPointer { all in
            // The union and the least byte, with no branch per byte (the loop compiles to vector code).
            var (union, least): (UInt8, UInt8) = (0, .max)
            for byte in UnsafeBufferPointer(rebasing: all[fieldStart...]) {
                union |= byte
                least = min(least, byte)
            }
            return (least == 0, union < 0x80)
        }
        if hasNul { report(.error, "NUL byte in field") }
        if !isASCII && !Self.isValidUTF8(storage[fieldStart...]) {
            switch encoding {
            case .utf16LE, .utf16BE: report(.error, "invalid \(encoding) text (unpaired surrogate) in field")
            case .utf8, .utf8BOM: report(.error, "invalid UTF-8 in field")
            }
        }
        fieldEnds.append(storage.count)
    }

    private mutating func appendField(_ byte: UInt8) {
        guard !isSkippingRecord else { return }
        guard storage.count - fieldStart < maximumFieldBytes else { return fieldTooLong() }
        storage.append(byte)
    }

    private mutating func appendField(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        guard start < end && !isSkippingRecord else { return }
        let room = maximumFieldBytes - (storage.count - fieldStart)
        storage.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<min(end, start + room)]))
        if end - start > room { fieldTooLong() }
    }

    /// Cuts the field at the limit and stops storing the record until it ends.
    private mutating func fieldTooLong() {
        report(.error, "field longer than \(maximumFieldBytes) bytes; the rest of the record is skipped")
        fieldEnds.append(storage.count)
        isSkippingRecord = true
    }

    private mutating func warnOncePerField(_ message: String) {
        guard !warnedAboutQuote else { return }
        warnedAboutQuote = true
        report(.warning, message)
    }

    /// Adds an issue at the current field.
    mutating func report(_ severity: CSVIssue.Severity, _ message: String) {
        issues.append(CSVIssue(line: fieldLine, column: fieldColumn, severity: severity, message: message))
    }

    /// Remembers the record's state at its first line break (inside quotes); the bytes of the chunk from
    /// `replayFrom` on may have to be read again.
    private mutating func markResyncPoint(replayFrom index: Int, lineBreak: UInt8) {
        resyncPoint = ResyncPoint(
            storageCount: storage.count, fieldEndCount: fieldEnds.count, fieldLineCount: fieldLines.count,
            issueCount: issues.count, wasSkippingRecord: isSkippingRecord, fieldStart: fieldStart, fieldLine: fieldLine,
            fieldColumn: fieldColumn, resumeLine: line + 1, resumeSkipsLineFeed: lineBreak == .carriageReturn)
        replayStart = index
    }

    /// Cuts the record back to what it was at `point`.
    mutating func cutBack(to point: ResyncPoint) {
        storage.removeSubrange(point.storageCount...)
        fieldEnds.removeSubrange(point.fieldEndCount...)
        fieldLines.removeSubrange(point.fieldLineCount...)
        issues.removeSubrange(point.issueCount...)
        isSkippingRecord = point.wasSkippingRecord
        fieldStart = point.fieldStart
        fieldLine = point.fieldLine
        fieldColumn = point.fieldColumn
    }

    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
