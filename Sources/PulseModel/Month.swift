/// A calendar month, the unit every pulse figure is reported by.
///
///     let m = Month("2026-03")!      // March 2026
///     m.advanced(by: 1).description   // "2026-04"
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1...12
    public let month: Int

    public init(year: Int, month: Int) {
        precondition((1...12).contains(month), "month out of range")
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM` (anything after the seventh character is ignored, so a date or a timestamp
    /// gives its month). Returns nil for anything else.
    public init?<S: StringProtocol>(_ text: S) {
        let bytes = Array(text.utf8.prefix(7))
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
        guard let year = Self.digits(bytes[0..<4]), let month = Self.digits(bytes[5..<7]),
            (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month)
    }

    /// Months since year 0: consecutive months differ by one.
    public var ordinal: Int { year * 12 + month - 1 }

    public init(ordinal: Int) {
        self.init(year: ordinal / 12, month: ordinal % 12 + 1)
    }

    public func advanced(by months: Int) -> Month { Month(ordinal: ordinal + months) }

    /// Whole months from `self` to `other` (positive when `other` is later).
    public func distance(to other: Month) -> Int { other.ordinal - ordinal }

    public var description: String {
        guard (0...9999).contains(year) else {
            let y = String(year)
            let m = month < 10 ? "0\(month)" : String(month)
            return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m
        }
        // The common case written digit by digit: it is on every row of `pulse stats`.
        return String(unsafeUninitializedCapacity: 7) { text in
            func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(value) }
            (text[0], text[1], text[2], text[3]) = (
                digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10)
            )
            (text[4], text[5], text[6]) = (UInt8(ascii: "-"), digit(month / 10), digit(month % 10))
            return 7
        }
    }

    /// English month name and year, e.g. "March 2026".
    public var longName: String { "\(Self.names[month - 1]) \(year)" }
    /// Three-letter month, e.g. "Mar".
    public var shortName: String { String(Self.names[month - 1].prefix(3)) }

    public static func < (a: Month, b: Month) -> Bool { a.ordinal < b.ordinal }

    private static let names = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for b in bytes {
            guard b >= 48, b <= 57 else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return value
    }
}
