/// The text encoding of a CSV input, decided from its byte-order mark.
///
/// Input without a byte-order mark is read as UTF-8. UTF-16 ("Unicode text" from spreadsheets) is
/// recognised only by its byte-order mark and is converted to UTF-8 while it is read.
public enum CSVEncoding: String, Hashable, Sendable, CustomStringConvertible {
    /// UTF-8 without a byte-order mark.
    case utf8
    /// UTF-8 starting with the byte-order mark `EF BB BF` (skipped).
    case utf8BOM
    /// UTF-16 little-endian, starting with `FF FE`.
    case utf16LE
    /// UTF-16 big-endian, starting with `FE FF`.
    case utf16BE

    public var description: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8BOM: "UTF-8 with byte-order mark"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        }
    }

    /// The encoding announced by the first bytes of an input and the length of its byte-order mark.
    static func detect(_ prefix: some Collection<UInt8>) -> (encoding: CSVEncoding, markLength: Int) {
        let head = Array(prefix.prefix(3))
        if head.count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { return (.utf8BOM, 3) }
        if head.count >= 2, head[0] == 0xFF, head[1] == 0xFE { return (.utf16LE, 2) }
        if head.count >= 2, head[0] == 0xFE, head[1] == 0xFF { return (.utf16BE, 2) }
        return (.utf8, 0)
    }
}
