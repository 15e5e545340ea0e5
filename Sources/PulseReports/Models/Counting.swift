/// Counts in words for sentences: thousands separators and plurals.
///
///     Counting.thousands(11172)          // "11,172"
///     Counting.plural(1, "error")        // "1 error"
///     Counting.plural(3, "day")          // "3 days"
enum Counting {
    static func thousands(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(character)
        }
        return (value < 0 ? "\u{2212}" : "") + out
    }

    static func plural(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(thousands(count)) \(count == 1 ? noun : plural ?? noun + "s")"
    }
}
