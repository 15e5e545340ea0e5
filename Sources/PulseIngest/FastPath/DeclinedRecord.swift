/// A record that a part of `CanonicalPulseFile` did not take (a bad answer, an unknown school, a blank
/// id...), kept with where it lies in lines, for `PulseFile` to read at its own line
/// (`PulseFile.read(_:file:seenIDs:log:each:)` of a `CSVExcerpt`), while the rest of the file stays on
/// the fast path.
///
/// Line breaks are counted as `CSVReader` counts lines: an LF, a CR not followed by an LF, each a break.
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

    /// The line breaks in `bytes`, which must not end with the CR of a CRLF.
    static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var breaks = 0
        for (index, byte) in bytes.enumerated() {
            let loneCR = byte == cr && (index + 1 == bytes.count || bytes[index + 1] != lf)
            if byte == lf || loneCR { breaks += 1 }
        }
        return breaks
    }
}

/// The records one part keeps aside, within `DeclinedRecord.maximumBytesPerPart` and `maximum`.
struct DeclinedRecords {
    let maximum: Int
    private(set) var records: [DeclinedRecord] = []
    private var bytes = 0

    init(maximum: Int) { self.maximum = maximum }

    /// Keeps `record`, which starts `lineBreaks` line breaks after the part's start, and adds its own
    /// line breaks to `lineBreaks`; false when the part would keep too many.
    mutating func keep(_ record: UnsafeBufferPointer<UInt8>, lineBreaks: inout Int) -> Bool {
        bytes += record.count
        guard records.count < maximum, bytes <= DeclinedRecord.maximumBytesPerPart else { return false }
        let breaks = DeclinedRecord.lineBreaks(in: record)
        records.append(DeclinedRecord(lineBreaksBefore: lineBreaks, bytes: Array(record), lineBreaks: breaks))
        lineBreaks += breaks
        return true
    }
}
