/// Builds CSV bytes row by row: RFC 4180 quoting, `\n` line ends, formula-safe text cells and
/// numbers as numbers. Writing them to a file is the caller's job.
///
///     var writer = CSVWriter()
///     writer.writeRow(["period", "group", "mean"])
///     writer.writeRow([.text("2026-03"), .text("=s01"), .double(3.75)])
///     writer.string   // "period,group,mean\n2026-03,'=s01,3.75\n"
///
/// A field is quoted when it holds the delimiter, a quote, CR or LF; quotes inside are doubled. A
/// row of one empty cell is written as `""` so that it does not read back as a skipped blank line.
/// Whatever is written reads back through ``CSVReader`` to the same cells, text after
/// ``CSVCell/restoringFormulaText(_:)``.
public struct CSVWriter: Sendable {
    /// The delimiter between cells.
    public let delimiter: UInt8
    /// The CSV written so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []
    private let needsQuotes: ByteSet

    /// - Parameter delimiter: an ASCII byte other than `"`, CR and LF (default `,`).
    public init(delimiter: UInt8 = UInt8(ascii: ",")) {
        precondition(
            delimiter < 0x80 && delimiter != .quote && delimiter != .lineFeed && delimiter != .carriageReturn,
            "the delimiter must be an ASCII byte other than a quote or a line break")
        self.delimiter = delimiter
        self.needsQuotes = ByteSet(delimiter, .quote, .lineFeed, .carriageReturn)
    }

    /// The CSV written so far, as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends one row of typed cells and a line end.
    public mutating func writeRow(_ cells: [CSVCell]) {
        if cells.count == 1, text(of: cells[0]).isEmpty {
            bytes += [.quote, .quote, .lineFeed]
            return
        }
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(delimiter) }
            appendField(text(of: cell))
        }
        bytes.append(.lineFeed)
    }

    /// Appends one row of text cells (a header, for example) and a line end.
    public mutating func writeRow(_ texts: [String]) {
        writeRow(texts.map(CSVCell.text))
    }

    /// Returns the bytes written so far and empties the writer, to flush a large output in pieces.
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    /// Whether a text cell is written as its own UTF-8 bytes: no delimiter, quote or line break to
    /// quote, and no formula start to neutralize. A caller may copy such a text instead of writing it.
    ///
    ///     CSVWriter().writesVerbatim("trust_1")   // true
    ///     CSVWriter().writesVerbatim("a,b")       // false: quoted
    ///     CSVWriter().writesVerbatim("-x")        // false: a formula start
    public func writesVerbatim(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            !CSVCell.needsApostrophe(bytes) && !bytes.contains(where: needsQuotes.contains)
        }
    }

    private func text(of cell: CSVCell) -> String {
        switch cell {
        case .text(let text): CSVCell.neutralizingFormula(text)
        case .int(let value): value.description
        case .double(let value?) where value.isFinite: value.description
        case .double, .empty: ""
        }
    }

    private mutating func appendField(_ text: String) {
        let utf8 = text.utf8
        guard utf8.contains(where: needsQuotes.contains) else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(.quote)
        for byte in utf8 {
            if byte == .quote { bytes.append(.quote) }
            bytes.append(byte)
        }
        bytes.append(.quote)
    }
}
