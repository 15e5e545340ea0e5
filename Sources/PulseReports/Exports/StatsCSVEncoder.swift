import CSV
import PulseModel
import PulseStats

/// Encodes the cells of stats rows as CSV bytes into one reused buffer, the same bytes as `CSVWriter`
/// but without a `String` per number: doubles are written by `ShortestDouble` (the bytes of
/// `description`, straight into the buffer), and each distinct text is quoted and
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

    /// Texts encoded as fields, each followed by its delimiter, one after the other: field `i` is
    /// `bytes[ends[i]..<ends[i + 1]]`.
    struct DelimitedFields: Sendable {
        var bytes: [UInt8] = []
        var ends = [0]
    }

    /// Each text as a field followed by its delimiter, for `appendRows(of:groups:measureFields:)`.
    mutating func fieldsAndDelimiters(_ texts: [String]) -> DelimitedFields {
        var fields = DelimitedFields()
        for text in texts {
            fields.bytes += encodedText(text)
            fields.bytes.append(UInt8(ascii: ","))
            fields.ends.append(fields.bytes.count)
        }
        return fields
    }

    /// Appends the rows of a block's groups `groups` (`StatsColumns.coreCells` of each, and a line end),
    /// without making their cells: a group's `period,level,group,` is encoded once, then copied onto its
    /// rows, as is each measure's field (`measureFields`: `fieldsAndDelimiters(block.measures)`). A
    /// group's numbers are read (or computed) once, and its rows written into room made for them at once.
    mutating func appendRows(of block: CoreBlock, groups: Range<Int>, measureFields: DelimitedFields) {
        let (fields, fieldEnds) = (measureFields.bytes, measureFields.ends)
        precondition(fieldEnds.count == block.measures.count + 1, "one field per measure")
        let period = block.period.description
        let numbers = UnsafeMutableBufferPointer<CoreBlock.Numbers>.allocate(capacity: block.measures.count)
        defer { numbers.deallocate() }
        for group in groups {
            let key = block.groups[group]
            let start = bytes.count
            appendText(period, column: 0)
            bytes.append(UInt8(ascii: ","))
            appendText(key.level.rawValue, column: 1)
            bytes.append(UInt8(ascii: ","))
            appendText(key.group, column: 2)
            bytes.append(UInt8(ascii: ","))
            let prefix = Array(bytes[start...])
            bytes.removeLast(prefix.count)
            // A row: the prefix, the measure's field, n (at most 20 bytes), three doubles, a flag and
            // their delimiters.
            let numberBytes = ByteCursor.intRoom + 3 * ShortestDouble.maximumLength + 6
            let room = fields.count + block.measures.count * (prefix.count + numberBytes)
            block.numbers(ofGroup: group, into: numbers)
            appendWithin(room) { cursor in
                prefix.withUnsafeBufferPointer { prefix in
                    fields.withUnsafeBufferPointer { fields in
                        for (m, row) in numbers.enumerated() {
                            cursor.copy(prefix)
                            cursor.copy(UnsafeBufferPointer(rebasing: fields[fieldEnds[m]..<fieldEnds[m + 1]]))
                            cursor.int(row.n)
                            cursor.byte(UInt8(ascii: ","))
                            cursor.double(row.mean)
                            cursor.byte(UInt8(ascii: ","))
                            cursor.double(row.sd)
                            cursor.byte(UInt8(ascii: ","))
                            cursor.double(row.favorablePercent)
                            cursor.byte(UInt8(ascii: ","))
                            cursor.byte(row.isSuppressed ? UInt8(ascii: "1") : UInt8(ascii: "0"))
                            cursor.byte(UInt8(ascii: "\n"))
                        }
                    }
                }
            }
        }
    }

    /// Appends what `write` puts in a cursor given `room` bytes (it must not write more): no capacity
    /// or uniqueness check per byte.
    private mutating func appendWithin(_ room: Int, _ write: (inout ByteCursor) -> Void) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: room))
        let used = bytes.withUnsafeMutableBufferPointer { buffer in
            var cursor = ByteCursor(position: buffer.baseAddress! + start)
            write(&cursor)
            return cursor.position - (buffer.baseAddress! + start)
        }
        precondition(used <= room, "a cursor wrote past its room")
        bytes.removeLast(room - used)
    }

    /// The shortest round-trip digits of a finite double; nothing for nil or a non-finite value.
    private mutating func appendDouble(_ value: Double?) {
        if let value, value.isFinite { ShortestDouble.append(value, to: &bytes) }
    }

    /// The decimal digits of an integer, without a `String`.
    private mutating func appendInt(_ value: Int) {
        appendWithin(ByteCursor.intRoom) { $0.int(value) }
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

/// Writes bytes into room made beforehand (`StatsCSVEncoder.appendWithin`).
private struct ByteCursor {
    /// The most bytes `int` writes: a sign and 19 digits.
    static let intRoom = 20

    var position: UnsafeMutablePointer<UInt8>

    mutating func byte(_ byte: UInt8) {
        position.pointee = byte
        position += 1
    }

    mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        position.update(from: source, count: bytes.count)
        position += bytes.count
    }

    /// The decimal digits of an integer, written backwards from its last digit.
    mutating func int(_ value: Int) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        var digits = 1
        var rest = value.magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        rest = value.magnitude
        for offset in (0..<digits).reversed() {
            position[offset] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        position += digits
    }

    /// A finite double as `description` writes it; nothing for nil or a non-finite value.
    mutating func double(_ value: Double?) {
        guard let value, value.isFinite else { return }
        position += ShortestDouble.write(value, to: position)
    }
}
