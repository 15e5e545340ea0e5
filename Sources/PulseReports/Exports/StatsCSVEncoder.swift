import CSV
import PulseModel
import PulseStats

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
    /// The writer whose fields this encoder writes.
    private let writer = CSVWriter()
    private var fields: [String: [UInt8]] = [:]
    /// Per column, the last text written and its field.
    private var lastTexts: [(text: String, field: [UInt8])] = []
    /// A bound on the remembered texts; rarer texts past it are encoded each time.
    private let maximumRemembered = 1 << 14

    /// An empty encoder.
    init() {}

    /// An empty encoder with room for about `rows` rows of the core columns, so that its bytes do not
    /// grow (and get copied) row after row.
    init(reservingRows rows: Int) {
        bytes.reserveCapacity(rows * 96)
    }

    /// Appends one row (of at least two cells, like every stats row) and a line end.
    mutating func appendRow(_ cells: [CSVCell]) {
        precondition(cells.count > 1, "a one-cell row has its own CSV rule")
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            switch cell {
            case .text(let text): appendText(text, column: index)
            case .int(let value): appendInt(value)
            case .double(let value): appendDouble(value)
            case .empty: break
            }
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Each text as a field followed by its delimiter, for `appendRows(of:groups:measureFields:)`.
    mutating func fieldsAndDelimiters(_ texts: [String]) -> [[UInt8]] {
        texts.map { text in
            var field = encodedText(text)
            field.append(UInt8(ascii: ","))
            return field
        }
    }

    /// Appends the rows of a block's groups `groups` (`StatsColumns.coreCells` of each, and a line end),
    /// without making their cells: a group's `period,level,group,` is encoded once, then copied onto its
    /// rows, as is each measure's field (`measureFields`: `fieldsAndDelimiters(block.measures)`).
    mutating func appendRows(of block: CoreBlock, groups: Range<Int>, measureFields: [[UInt8]]) {
        precondition(measureFields.count == block.measures.count, "one field per measure")
        let period = block.period.description
        for group in groups {
            let key = block.groups[group]
            let start = bytes.count
            appendText(period, column: 0)
            bytes.append(UInt8(ascii: ","))
            appendText(key.level.rawValue, column: 1)
            bytes.append(UInt8(ascii: ","))
            appendText(key.group, column: 2)
            bytes.append(UInt8(ascii: ","))
            let prefix = Array(bytes[start...])  // the first row's, copied onto the others
            for (m, field) in measureFields.enumerated() {
                let row = block.numbers[group * measureFields.count + m]
                if m > 0 { bytes += prefix }
                bytes += field
                appendInt(row.n)
                bytes.append(UInt8(ascii: ","))
                appendDouble(row.mean)
                bytes.append(UInt8(ascii: ","))
                appendDouble(row.sd)
                bytes.append(UInt8(ascii: ","))
                appendDouble(row.favorablePercent)
                bytes.append(UInt8(ascii: ","))
                bytes.append(row.isSuppressed ? UInt8(ascii: "1") : UInt8(ascii: "0"))
                bytes.append(UInt8(ascii: "\n"))
            }
        }
    }

    /// The shortest round-trip digits of a finite double; nothing for nil or a non-finite value.
    private mutating func appendDouble(_ value: Double?) {
        if let value, value.isFinite { value.write(to: &self) }
    }

    /// The decimal digits of an integer, without a `String`: written backwards into a buffer on the stack
    /// (20 digits and a sign hold any `Int`), then appended at once.
    private mutating func appendInt(_ value: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value.magnitude
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    private mutating func appendText(_ text: String, column: Int) {
        // Rows come grouped: a column mostly repeats the text of the row before.
        if column < lastTexts.count, lastTexts[column].text == text {
            bytes += lastTexts[column].field
            return
        }
        // Most texts (measure names, ids) are their own field: checking a few bytes beats hashing them.
        if writer.writesVerbatim(text) {
            bytes += text.utf8
            return
        }
        let field = encodedText(text)
        if column >= lastTexts.count { lastTexts += Array(repeating: ("", []), count: column + 1 - lastTexts.count) }
        lastTexts[column] = (text, field)
        bytes += field
    }

    private mutating func encodedText(_ text: String) -> [UInt8] {
        if let known = fields[text] { return known }
        // CSVWriter's own field: the text in a two-cell row, less the "," and "\n" of the empty second cell.
        var writer = self.writer
        writer.writeRow([.text(text), .empty])
        let field = Array(writer.bytes.dropLast(2))
        if fields.count < maximumRemembered { fields[text] = field }
        return field
    }
}

extension StatsCSVEncoder: TextOutputStream {
    mutating func write(_ string: String) { bytes += string.utf8 }

    /// What `Double.write(to:)` calls with its digits: no `String` is made.
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }
}
