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
