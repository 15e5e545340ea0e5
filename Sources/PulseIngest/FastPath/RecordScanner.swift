/// The fast path's strict CSV record scanner: finds the fields of one record in a byte buffer without
/// copying them or making a `String`.
///
/// It accepts only what `CSVReader` reads without any issue: fields separated by the delimiter, quoted
/// fields whose closing quote is followed by a delimiter or a line end, no quote inside an unquoted field,
/// a record ended by LF, CRLF, a lone CR or the end of the input. Such a record with another number of
/// fields than `fieldCount` is `.otherFieldCount` (the table reports it); anything else is
/// `.unsupported`, and the caller leaves the file to the plain path, which reports it.
///
/// Part of the hot path for the records `RowDecoder.readPlainLine` leaves to it (quoted fields, CRLF):
/// it walks the bytes through a pointer, and an unquoted field's byte above `ordinaryAbove` (the largest
/// of the delimiter, the quote, LF and CR: `,` for most files, so every digit and letter) costs one
/// comparison.
///
///     let scanner = RecordScanner(delimiter: UInt8(ascii: ","), fieldCount: 3)
///     scanner.scan(bytes, from: 0, atEnd: true, into: spans)   // .record(next: after the line end, lineBreaks: 1)
struct RecordScanner {
    enum Outcome: Equatable {
        /// A complete record; `next` is the index after its line end, `lineBreaks` the line breaks from
        /// `start` to there (its line end, and any in a quoted field), as `CSVReader` counts lines.
        case record(next: Int, lineBreaks: Int)
        /// A complete record with more or fewer fields than `fieldCount` (the first `fieldCount` spans
        /// are set at most); `next` and `lineBreaks` as for `record`.
        case otherFieldCount(next: Int, lineBreaks: Int)
        /// The buffer ends inside the record: read more and scan it again.
        case needsMore
        /// Not a record the fast path takes.
        case unsupported
    }

    let delimiter: UInt8
    let fieldCount: Int
    /// Every byte above this one is an ordinary byte of an unquoted field.
    private let ordinaryAbove: UInt8

    init(delimiter: UInt8, fieldCount: Int) {
        self.delimiter = delimiter
        self.fieldCount = fieldCount
        self.ordinaryAbove = max(delimiter, UInt8(ascii: "\""), UInt8(ascii: "\r"), UInt8(ascii: "\n"))
    }

    /// Scans the record starting at `start` (which must not be a line break) into `fields`
    /// (`fieldCount` spans). `atEnd` says that the buffer ends where the input ends.
    func scan(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool, into fields: UnsafeMutablePointer<FieldSpan>
    ) -> Outcome {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let delimiter = self.delimiter, ordinaryAbove = self.ordinaryAbove, fieldCount = self.fieldCount
        guard let bytes = buffer.baseAddress else {  // no byte: the input's last record is one empty field
            return !atEnd ? .needsMore : fieldCount == 1 ? .record(next: start, lineBreaks: 0) : .unsupported
        }
        let end = buffer.count
        var i = start
        var field = 0
        var lineBreaks = 0  // in quoted fields: an LF, or a CR not followed by an LF
        /// The outcome of a record that ends at `i`, after a line end or not.
        func complete(lineEnd: Bool) -> Outcome {
            let breaks = lineBreaks + (lineEnd ? 1 : 0)
            return field == fieldCount
                ? .record(next: i, lineBreaks: breaks) : .otherFieldCount(next: i, lineBreaks: breaks)
        }
        while true {
            if i < end && bytes[i] == quote {
                i += 1
                let contentStart = i
                var escaped = false
                while true {
                    while i < end {
                        let byte = bytes[i]
                        if byte == quote { break }
                        if byte <= cr && (byte == cr || (byte == lf && bytes[i - 1] != cr)) { lineBreaks += 1 }
                        i += 1
                    }
                    guard i < end else { return atEnd ? .unsupported : .needsMore }  // unterminated so far
                    if i + 1 == end {
                        guard atEnd else { return .needsMore }
                        break  // the input ends with this closing quote
                    }
                    guard bytes[i + 1] == quote else { break }
                    escaped = true
                    i += 2
                }
                if field < fieldCount { fields[field] = FieldSpan(start: contentStart, end: i, escaped: escaped) }
                i += 1
                if i < end {
                    let after = bytes[i]
                    guard after == delimiter || after == lf || after == cr else { return .unsupported }
                }
            } else {
                let fieldStart = i
                while i < end {
                    let byte = bytes[i]
                    if byte <= ordinaryAbove {
                        if byte == delimiter || byte == lf || byte == cr { break }
                        if byte == quote { return .unsupported }
                    }
                    i += 1
                }
                guard i < end || atEnd else { return .needsMore }
                if field < fieldCount { fields[field] = FieldSpan(start: fieldStart, end: i, escaped: false) }
            }
            field += 1
            guard i < end else { return complete(lineEnd: false) }
            let stop = bytes[i]
            i += 1
            if stop == delimiter {
                if i == end && !atEnd { return .needsMore }
                continue
            }
            if stop == cr {  // CRLF is one line end; a lone CR ends the line too
                if i == end && !atEnd { return .needsMore }
                if i < end && bytes[i] == lf { i += 1 }
            }
            return complete(lineEnd: true)
        }
    }
}
