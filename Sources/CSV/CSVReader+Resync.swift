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
    /// Rejects the record in progress for an unterminated quote and resynchronises (see the rule in
    /// ``CSVReader``): the record is cut back to its first line and the input after that line is
    /// scanned again.
    func rejectUnterminatedQuote(atEnd: Bool) -> CSVRecord {
        let message: String
        if let point = scanner.resyncPoint {
            scanner.cutBack(to: point)
            // The bytes consumed since the resync point, counted the same whatever the chunk size.
            if replayOverflowed || replay.count + position - scanner.replayStart > maximumFieldBytes {
                let skippedTo = atEnd ? "the end of the input" : "line \(scanner.line + 1)"
                let size = "the record is longer than \(maximumFieldBytes) bytes"
                message = "unterminated quote; \(size) and was skipped to \(skippedTo)"
                scanner.state = atEnd ? .recordStart : .skippingLine
            } else {
                var again = replay
                again.append(contentsOf: buffer[scanner.replayStart...])
                buffer = again
                position = 0
                scanner.line = point.resumeLine
                scanner.skipsLineFeed = point.resumeSkipsLineFeed
                scanner.state = .recordStart
                message = "unterminated quote; record skipped, reading resumes at line \(point.resumeLine)"
            }
        } else {
            message = "unterminated quote at the end of the input"
            scanner.state = .recordStart
        }
        scanner.closeField()
        scanner.report(.error, message)
        return emit()
    }
}
