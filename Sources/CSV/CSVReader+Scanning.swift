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

extension CSVReader {
    /// Scans `buffer` from `position` until a record is complete or the chunk is used up.
    func scan() -> ScanOutcome {
        buffer.withUnsafeBufferPointer { scan($0) }
    }

    /// The state machine. Unquoted and quoted text is skipped over with ``ByteSet/firstIndex(in:from:)``
    /// and copied into the record a span at a time; only the bytes that mean something (delimiter,
    /// quote, CR, LF) are looked at one by one.
    private func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> ScanOutcome {
        var index = position
        defer { position = index }
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
                let stop = unquotedStops.firstIndex(in: bytes, from: index)
                appendField(bytes, from: index, to: stop)
                index = stop
                guard index < end else { return .needsInput }
                let special = bytes[index]
                index += 1
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
                let stop = quotedStops.firstIndex(in: bytes, from: index)
                appendField(bytes, from: index, to: stop)
                index = stop
                guard index < end else { return .needsInput }
                let special = bytes[index]
                index += 1
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

    /// Counts a line break; a CR also swallows the LF that may follow it.
    private func endLine(with lineBreak: UInt8) {
        line += 1
        skipsLineFeed = lineBreak == .carriageReturn
    }

    func beginField() {
        fieldColumn += 1
        fieldLine = line
        warnedAboutQuote = false
        guard !isSkippingRecord else { return }
        fieldStart = storage.count
        fieldLines.append(line)
    }

    /// Ends the current field and checks its bytes: valid UTF-8 (always true of ASCII) and no NUL.
    func closeField() {
        guard !isSkippingRecord else { return }
        let (hasNul, isASCII) = storage.withUnsafeBufferPointer { all in
            var union: UInt8 = 0
            var hasNul = false
            for byte in UnsafeBufferPointer(rebasing: all[fieldStart...]) {
                union |= byte
                hasNul = hasNul || byte == 0
            }
            return (hasNul, union < 0x80)
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

    private func appendField(_ byte: UInt8) {
        guard !isSkippingRecord else { return }
        guard storage.count - fieldStart < maximumFieldBytes else { return fieldTooLong() }
        storage.append(byte)
    }

    private func appendField(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        guard start < end && !isSkippingRecord else { return }
        let room = maximumFieldBytes - (storage.count - fieldStart)
        storage.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<min(end, start + room)]))
        if end - start > room { fieldTooLong() }
    }

    /// Cuts the field at the limit and stops storing the record until it ends.
    private func fieldTooLong() {
        report(.error, "field longer than \(maximumFieldBytes) bytes; the rest of the record is skipped")
        fieldEnds.append(storage.count)
        isSkippingRecord = true
    }

    private func warnOncePerField(_ message: String) {
        guard !warnedAboutQuote else { return }
        warnedAboutQuote = true
        report(.warning, message)
    }

    /// Adds an issue at the current field.
    func report(_ severity: CSVIssue.Severity, _ message: String) {
        issues.append(CSVIssue(line: fieldLine, column: fieldColumn, severity: severity, message: message))
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
