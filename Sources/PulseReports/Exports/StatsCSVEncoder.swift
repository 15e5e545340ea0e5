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
    /// The `period,level,group,` of the last core row, encoded.
    private var groupPrefix: (period: Month, group: GroupKey, field: [UInt8])?
    /// The measures of a group's run of core rows, by place, and their fields; the last row's place.
    private var measureFields: [(text: String, field: [UInt8])] = []
    private var measureIndex = 0
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

    /// Appends the contract's nine cells of one row (`StatsColumns.coreCells`) and a line end, without
    /// making the cells.
    ///
    /// Rows come a group at a time, its measures in the same order for every group: the group's
    /// `period,level,group,` is encoded once for all its rows, and each measure's field is kept by its
    /// place in the group's run (checked against the text, so any other order is still encoded right).
    mutating func appendRow(_ row: CoreFigures) {
        if let prefix = groupPrefix, prefix.period == row.period, prefix.group == row.group {
            bytes += prefix.field
            measureIndex += 1
        } else {
            let start = bytes.count
            appendText(row.period.description, column: 0)
            bytes.append(UInt8(ascii: ","))
            appendText(row.group.level.rawValue, column: 1)
            bytes.append(UInt8(ascii: ","))
            appendText(row.group.group, column: 2)
            bytes.append(UInt8(ascii: ","))
            groupPrefix = (row.period, row.group, Array(bytes[start...]))
            measureIndex = 0
        }
        if measureIndex < measureFields.count, measureFields[measureIndex].text == row.measure {
            bytes += measureFields[measureIndex].field
        } else {
            let field = encodedText(row.measure)
            if measureIndex < measureFields.count {
                measureFields[measureIndex] = (row.measure, field)
            } else if measureIndex == measureFields.count {
                measureFields.append((row.measure, field))
            }
            bytes += field
        }
        bytes.append(UInt8(ascii: ","))
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

    /// The shortest round-trip digits of a finite double; nothing for nil or a non-finite value.
    private mutating func appendDouble(_ value: Double?) {
        if let value, value.isFinite { value.write(to: &self) }
    }

    /// The decimal digits of an integer, without a `String`.
    private mutating func appendInt(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
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
