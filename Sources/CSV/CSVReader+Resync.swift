/// The state of a record at its first line break inside quotes: enough to cut the record back to
/// its first line and to re-read the input from the next line if the quote turns out unterminated.
struct ResyncPoint {
    var storageCount: Int
    var fieldEndCount: Int
    var fieldLineCount: Int
    var issueCount: Int
    var wasSkippingRecord: Bool
    /// The field whose opening quote is to blame.
    var fieldStart: Int
    var fieldLine: Int
    var fieldColumn: Int
    /// Where re-reading starts: the line after the record's first line.
    var resumeLine: Int
    /// True when the first line ended with CR, so a LF at the resume point is the rest of a CRLF.
    var resumeSkipsLineFeed: Bool
}

extension CSVReader {
    /// Remembers the record's state at its first line break (inside quotes) and starts keeping the
    /// bytes from `replayFrom` in `buffer` on, in case they have to be read again.
    func markResyncPoint(replayFrom index: Int, lineBreak: UInt8) {
        resyncPoint = ResyncPoint(
            storageCount: storage.count, fieldEndCount: fieldEnds.count, fieldLineCount: fieldLines.count,
            issueCount: issues.count, wasSkippingRecord: isSkippingRecord, fieldStart: fieldStart, fieldLine: fieldLine,
            fieldColumn: fieldColumn, resumeLine: line + 1, resumeSkipsLineFeed: lineBreak == .carriageReturn)
        replayStart = index
    }

    /// Rejects the record in progress for an unterminated quote and resynchronises (see the rule in
    /// ``CSVReader``): the record is cut back to its first line and the input after that line is
    /// scanned again.
    func rejectUnterminatedQuote(atEnd: Bool) -> CSVRecord {
        let message: String
        if let point = resyncPoint {
            storage.removeSubrange(point.storageCount...)
            fieldEnds.removeSubrange(point.fieldEndCount...)
            fieldLines.removeSubrange(point.fieldLineCount...)
            issues.removeSubrange(point.issueCount...)
            isSkippingRecord = point.wasSkippingRecord
            fieldStart = point.fieldStart
            fieldLine = point.fieldLine
            fieldColumn = point.fieldColumn
            // The bytes consumed since the resync point, counted the same whatever the chunk size.
            if replayOverflowed || replay.count + position - replayStart > maximumFieldBytes {
                let skippedTo = atEnd ? "the end of the input" : "line \(line + 1)"
                let size = "the record is longer than \(maximumFieldBytes) bytes"
                message = "unterminated quote; \(size) and was skipped to \(skippedTo)"
                state = atEnd ? .recordStart : .skippingLine
            } else {
                var again = replay
                again.append(contentsOf: buffer[replayStart...])
                buffer = again
                position = 0
                line = point.resumeLine
                skipsLineFeed = point.resumeSkipsLineFeed
                state = .recordStart
                message = "unterminated quote; record skipped, reading resumes at line \(point.resumeLine)"
            }
        } else {
            message = "unterminated quote at the end of the input"
            state = .recordStart
        }
        closeField()
        report(.error, message)
        return emit()
    }
}
