/// One record (row) read by ``CSVReader``: its fields as unquoted UTF-8 bytes, where each starts,
/// and the problems found in it.
///
///     while let record = reader.next() {
///         guard !record.isRejected else { continue }            // its issues say why
///         let id = record.string(0)
///         let (line, column) = record.position(1)               // for a diagnostic about field 1
///     }
///
/// A record is a value and stays valid after the next call to ``CSVReader/next()``, but it shares
/// the reader's buffers until then: keeping it makes the reader allocate fresh ones. Read what you
/// need and let it go.
public struct CSVRecord: Sendable {
    /// The physical line (1-based) where the record starts.
    public let line: Int
    /// Problems found in this record, in the order they were found.
    public let issues: [CSVIssue]
    /// True when an issue is an error: the record's fields must not be used as data.
    public let isRejected: Bool

    /// The unquoted bytes of all fields, one after the other.
    private let storage: [UInt8]
    /// `fieldEnds[i]` is the end of field `i` in `storage`; field `i` starts where field `i - 1` ends.
    private let fieldEnds: [Int]
    /// The physical line where field `i` starts.
    private let fieldLines: [Int]

    init(line: Int, storage: [UInt8], fieldEnds: [Int], fieldLines: [Int], issues: [CSVIssue]) {
        precondition(fieldEnds.count == fieldLines.count, "every field has a start line")
        self.line = line
        self.storage = storage
        self.fieldEnds = fieldEnds
        self.fieldLines = fieldLines
        self.issues = issues
        self.isRejected = issues.contains { $0.severity == .error }
    }

    /// The number of fields. Checking it against a header is the caller's job.
    public var count: Int { fieldEnds.count }

    /// Field `i` (0-based) decoded as UTF-8; an invalid sequence (already reported as an issue)
    /// becomes U+FFFD.
    public func string(_ i: Int) -> String {
        // Typed as UInt8, the bytes take String's validating fast path instead of the generic one.
        withBytes(i) { String(decoding: $0.assumingMemoryBound(to: UInt8.self), as: UTF8.self) }
    }

    /// Calls `body` with the raw UTF-8 bytes of field `i` (0-based), quotes removed, without
    /// creating a `String`. The buffer is valid only during the call.
    ///
    ///     let isBlank = record.withBytes(3) { $0.isEmpty }
    public func withBytes<R>(_ i: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let range = bounds(i)
        return try storage.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    /// The length in bytes of field `i`, e.g. to test for an empty cell without decoding it.
    public func byteCount(_ i: Int) -> Int { bounds(i).count }

    /// Where field `i` (0-based) starts: its physical line, and its column `i + 1`.
    public func position(_ i: Int) -> (line: Int, column: Int) {
        precondition(fieldLines.indices.contains(i), "field index \(i) out of range 0..<\(count)")
        return (fieldLines[i], i + 1)
    }

    /// All fields as strings.
    public var strings: [String] { (0..<count).map(string) }

    private func bounds(_ i: Int) -> Range<Int> {
        precondition(fieldEnds.indices.contains(i), "field index \(i) out of range 0..<\(count)")
        return (i == 0 ? 0 : fieldEnds[i - 1])..<fieldEnds[i]
    }
}
