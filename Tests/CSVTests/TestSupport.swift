import Foundation
import Testing

@testable import CSV

/// A small deterministic random number generator (SplitMix64), so that random tests repeat.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Everything a reader produced for an input, in a form that is easy to compare and to read in a
/// failure message.
struct ReadResult: Equatable {
    /// One line per record: `line: field|field|...`, a field starting on another line than its
    /// record marked `@line`, `!` at the end of a rejected record. CR, LF and tab are escaped.
    var records: [String] = []
    /// `line:column: severity: message` for each record issue, in order.
    var issues: [String] = []
    var fileIssues: [String] = []
    var delimiter: UInt8 = 0
    var encoding: CSVEncoding = .utf8
    var physicalLines = 0
}

func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
        .replacingOccurrences(of: "\t", with: "\\t")
}

func render(_ record: CSVRecord) -> String {
    let fields = (0..<record.count).map { i in
        let line = record.position(i).line
        return escaped(record.string(i)) + (line == record.line ? "" : "@\(line)")
    }
    return "\(record.line): " + fields.joined(separator: "|") + (record.isRejected ? " !" : "")
}

/// Reads all of `reader` into a ``ReadResult``.
func readAll(_ reader: CSVReader) -> ReadResult {
    var result = ReadResult()
    while let record = reader.next() {
        result.records.append(render(record))
        result.issues += record.issues.map(\.description)
    }
    #expect(reader.next() == nil, "the reader stays at the end")
    result.fileIssues = reader.fileIssues.map(\.description)
    result.delimiter = reader.delimiter
    result.encoding = reader.encoding
    result.physicalLines = reader.physicalLines
    return result
}

/// Reads `bytes` with the given chunk size.
func read(
    _ bytes: [UInt8], delimiter: UInt8? = nil, maximumFieldBytes: Int = 16 << 20, chunkSize: Int = 256 << 10
) -> ReadResult {
    readAll(CSVReader(bytes: bytes, delimiter: delimiter, maximumFieldBytes: maximumFieldBytes, chunkSize: chunkSize))
}

/// `text` as UTF-16 with a byte-order mark.
func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 {
        let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
        bytes += bigEndian ? [high, low] : [low, high]
    }
    return bytes
}
