/// A record that a part of `CanonicalPulseFile` did not take (a bad answer, an unknown school, a blank
/// id...), kept with where it lies in lines, for `PulseFile` to read at its own line
/// (`PulseFile.read(_:file:seenIDs:log:each:)` of a `CSVExcerpt`), while the rest of the file stays on
/// the fast path. Line breaks are counted as `CSVReader` counts lines (see `RecordScanner.Outcome`).
struct DeclinedRecord: Sendable {
    /// The line breaks from the part's start to the record's start.
    var lineBreaksBefore: Int
    /// Its bytes, its line end included.
    var bytes: [UInt8]
    /// The line breaks in `bytes`.
    var lineBreaks: Int

    /// The records a part keeps at most, and their bytes: a file with more is read by the plain path.
    static let maximumPerPart = 4096
    static let maximumBytesPerPart = 1 << 20
}

/// The records one part keeps aside, within `DeclinedRecord.maximumBytesPerPart` and `maximum`.
struct DeclinedRecords {
    let maximum: Int
    private(set) var records: [DeclinedRecord] = []
    private var bytes = 0

    init(maximum: Int) { self.maximum = maximum }

    /// Keeps the record at `range` of `buffer`, which holds `breaks` line breaks and starts `lineBreaks`
    /// after the part's start, and adds its breaks to `lineBreaks`; false when the part would keep too
    /// many.
    mutating func keep(
        _ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, breaks: Int, lineBreaks: inout Int
    ) -> Bool {
        bytes += range.count
        guard records.count < maximum, bytes <= DeclinedRecord.maximumBytesPerPart else { return false }
        records.append(DeclinedRecord(lineBreaksBefore: lineBreaks, bytes: Array(buffer[range]), lineBreaks: breaks))
        lineBreaks += breaks
        return true
    }
}
