import PulseModel

/// Reads an answer cell: an integer on the item's scale, one of the scale's text labels
/// (case-insensitive, surrounding spaces ignored), or blank for a skipped answer.
struct AnswerReader: Sendable {
    /// Lower-cased label → scale point.
    let labels: [String: Int]

    init(scale: Scale) {
        var labels: [String: Int] = [:]
        for (offset, label) in scale.labels.enumerated() {
            labels[label.lowercased()] = scale.min + offset
        }
        self.labels = labels
    }

    enum Outcome: Equatable {
        case skipped
        case answer(Int8)
        case invalid(String)
    }

    /// `read(_:item:)` of a cell of one byte or none, from its bytes, without a `String`: blank, or a digit
    /// on the scale `low…high`; nil for any other cell, which `read(_:item:)` then reads (and reports).
    ///
    ///     reader.readShort(bytes, low: 1, high: 5)   // .answer(4) for "4", .skipped for "", nil for "x"
    func readShort(_ bytes: UnsafeRawBufferPointer, low: Int, high: Int) -> Outcome? {
        guard let first = bytes.first else { return .skipped }
        guard bytes.count == 1 else { return nil }
        let digit = Int(first) - Int(UInt8(ascii: "0"))
        return (0...9).contains(digit) && low <= digit && digit <= high && digit > 0 ? .answer(Int8(digit)) : nil
    }

    func read(_ text: String, item: Item) -> Outcome {
        if text.isEmpty { return .skipped }
        let value: Int
        if let number = Int(text) {
            value = number
        } else if let point = labels[text.lowercased()] {
            value = point
        } else {
            return .invalid(
                "answer \"\(text)\" to \(item.id) is neither a number nor a label of the scale; cell left blank")
        }
        guard (item.scaleMin...item.scaleMax).contains(value), value > 0 else {
            return .invalid(
                "answer \(value) to \(item.id) is outside \(item.scaleMin)–\(item.scaleMax); cell left blank")
        }
        return .answer(Int8(value))
    }
}
