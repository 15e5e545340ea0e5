import CSV

/// Encodes the cells of stats rows as CSV bytes into one reused buffer, the same bytes as `CSVWriter`
/// but without a `String` per number: doubles are written by `Double.write(to:)` (the shortest
/// round-trip digits of `description`, straight into the buffer), and each distinct text is quoted and
/// made formula-safe by `CSVWriter` once and then copied (group ids, measures and labels repeat on
/// every row).
///
///     var encoder = StatsCSVEncoder()
///     encoder.appendRow(StatsColumns.cells(row))
///     output(encoder.bytes)
struct StatsCSVEncoder {
    /// The rows encoded.
    private(set) var bytes: [UInt8] = []
    private var fields: [String: [UInt8]] = [:]
    /// A bound on the remembered texts; rarer texts past it are encoded each time.
    private let maximumRemembered = 1 << 14

    /// Appends one row (of at least two cells, like every stats row) and a line end.
    mutating func appendRow(_ cells: [CSVCell]) {
        precondition(cells.count > 1, "a one-cell row has its own CSV rule")
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            switch cell {
            case .text(let text): appendText(text)
            case .int(let value): bytes += value.description.utf8
            case .double(let value?) where value.isFinite: value.write(to: &self)
            case .double, .empty: break
            }
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func appendText(_ text: String) {
        if let known = fields[text] {
            bytes += known
            return
        }
        // CSVWriter's own field: the text in a two-cell row, less the "," and "\n" of the empty second cell.
        var writer = CSVWriter()
        writer.writeRow([.text(text), .empty])
        let field = Array(writer.bytes.dropLast(2))
        if fields.count < maximumRemembered { fields[text] = field }
        bytes += field
    }
}

extension StatsCSVEncoder: TextOutputStream {
    mutating func write(_ string: String) { bytes += string.utf8 }

    /// What `Double.write(to:)` calls with its digits: no `String` is made.
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }
}
