import PulseModel

/// Parsers for the cell values of the dataset files. Each returns nil for text it cannot read; the
/// caller reports the cell.
enum Values {
    static func int(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 18 else { return nil }
        return Int(text)
    }

    /// `1`/`0`, `true`/`false`, `yes`/`no` (any case); blank is false.
    static func flag(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "1", "true", "yes", "y": return true
        case "0", "false", "no", "n", "": return false
        default: return nil
        }
    }

    /// A day written `YYYY-MM-DD` (optionally with a time), or a month `YYYY-MM` read as its last day
    /// when `monthMeansLastDay` (a due month is due by its end).
    static func day(_ text: String, monthMeansLastDay: Bool = false) -> Day? {
        if let day = Day(text) { return day }
        if monthMeansLastDay, text.utf8.count == 7, let month = Month(text) { return Day.last(of: month) }
        return nil
    }

    /// A vocabulary value (case-insensitive, spaces and hyphens read as underscores), or nil.
    static func choice<T: RawRepresentable & CaseIterable>(_ text: String, as: T.Type) -> T?
    where T.RawValue == String {
        // The usual value is written as its raw value (ASCII, no capital, space or hyphen): its own key.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x20 && $0 != 0x2D && !(0x41...0x5A).contains($0) }) {
            return T(rawValue: text)
        }
        // Bytes 0x20 and 0x2D are only ever a space and a hyphen in UTF-8, so they are swapped as bytes.
        let key = String(
            decoding: text.lowercased().utf8.map {
                $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : $0
            },
            as: UTF8.self)
        return T.allCases.first { $0.rawValue == key }
    }

    static func list<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> String where T.RawValue == String {
        T.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
