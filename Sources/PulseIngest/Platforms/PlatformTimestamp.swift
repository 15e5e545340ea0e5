import PulseModel

/// Reads the date of a survey platform's timestamp as written (no time-zone conversion: the month of a
/// response is the month of the date in the cell).
///
/// | written | platform |
/// |---|---|
/// | `2026-03-14`, `2026-03-14T08:15:00Z`, `2026-03-14 08:15:02` | ISO 8601, Qualtrics |
/// | `2026/03/14 8:15:02 AM GMT+11` | Google Forms (Sheets CSV download) |
/// | `3/14/2026 8:15:02`, `3/14/2026 8:15:02 PM`, `03/14/2026 08:15` | Google, Microsoft Forms, SurveyMonkey (US) |
///
/// A time, `AM`/`PM` and a zone suffix (`GMT+11`, `UTC`, `Z`, `+11:00`) may follow the date and are not
/// needed for the month. Slash dates with the year last are month/day/year, as the platforms write them
/// in their US default; a first number above 12 is not read as a day (it is reported instead).
///
///     PlatformTimestamp.day("2026/03/31 11:30:00 PM GMT+11")   // 2026-03-31
///     PlatformTimestamp.day("3/14/2026 08:15")                  // 2026-03-14
///
/// An ASCII timestamp (what the platforms write) is read from its bytes (`dayOfASCII`), any other text by
/// `dayOfText`; both read an ASCII text alike (tested on generated timestamps).
enum PlatformTimestamp {
    static func day(_ text: String) -> Day? {
        var copy = text
        let ascii = copy.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? Optional(dayOfASCII(bytes)) : nil }
        return ascii ?? dayOfText(text)
    }

    /// `dayOfText` of an ASCII text, from its bytes.
    static func dayOfASCII(_ text: UnsafeBufferPointer<UInt8>) -> Day? {
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), t = UInt8(ascii: "T"), slash = UInt8(ascii: "/")
        var (start, end) = (0, text.count)
        while start < end && (text[start] == space || text[start] == tab) { start += 1 }
        while end > start && (text[end - 1] == space || text[end - 1] == tab) { end -= 1 }
        let trimmed = UnsafeBufferPointer(rebasing: text[start..<end])
        if let day = KeyField.day(trimmed) { return day }  // `Day.init?(_:)` on bytes
        // The date: the first run of bytes other than a space or `T`.
        var dateStart = 0
        while dateStart < trimmed.count && (trimmed[dateStart] == space || trimmed[dateStart] == t) { dateStart += 1 }
        var dateEnd = dateStart
        while dateEnd < trimmed.count && trimmed[dateEnd] != space && trimmed[dateEnd] != t { dateEnd += 1 }
        guard dateEnd > dateStart else { return nil }
        let parts = UnsafeBufferPointer(rebasing: trimmed[dateStart..<dateEnd]).split(
            separator: slash, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 }),
            let a = integer(parts[0]), let b = integer(parts[1]), let c = integer(parts[2])
        else { return nil }
        // As `dayOfText`, the time is what follows the date's length of bytes from the start.
        let rest = UnsafeBufferPointer(rebasing: trimmed[(dateEnd - dateStart)...])
        guard timeIsReadable(rest) else { return nil }
        if parts[0].count == 4 { return Day(year: a, month: b, day: c) }
        guard parts[2].count == 4 else { return nil }
        return Day(year: c, month: a, day: b)
    }

    /// `Int.init?(_: String)` of ASCII bytes: an optional sign and decimal digits.
    private static func integer(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var digits = bytes[...]
        let negative = digits.first == UInt8(ascii: "-")
        if negative || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
        let value = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return negative ? -value : value
    }

    /// `timeIsReadable(_:)` of ASCII bytes.
    private static func timeIsReadable(_ rest: UnsafeBufferPointer<UInt8>) -> Bool {
        let words = rest.split(separator: UInt8(ascii: " "))
        guard let time = words.first else { return true }
        let fields = time.drop(while: { $0 == UInt8(ascii: "T") }).split(separator: UInt8(ascii: ":"))
        guard (2...3).contains(fields.count),
            fields.allSatisfy({ field in
                let digits = field.prefix(while: { $0 &- 0x30 < 10 })
                return !digits.isEmpty && digits.count <= 2
            })
        else { return false }
        return words.dropFirst().allSatisfy { isZoneOrHalfDay(String(decoding: $0, as: UTF8.self)) }
    }

    /// The Character reading: the rules above on any text.
    static func dayOfText(_ text: String) -> Day? {
        let trimmed = text.trimming(CharacterSets.whitespaces)
        if let day = Day(trimmed) { return day }
        guard let date = trimmed.split(whereSeparator: { $0 == " " || $0 == "T" }).first else { return nil }
        let parts = date.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.utf8.count <= 4 && $0.allSatisfy(\.isASCII) }),
            let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
        else { return nil }
        guard timeIsReadable(trimmed.dropFirst(date.count)) else { return nil }
        if parts[0].utf8.count == 4 { return Day(year: a, month: b, day: c) }
        guard parts[2].utf8.count == 4 else { return nil }
        return Day(year: c, month: a, day: b)
    }

    /// The rest after the date: empty, or a time `H:MM[:SS]` with an optional `AM`/`PM` and zone.
    private static func timeIsReadable(_ rest: Substring) -> Bool {
        let words = rest.split(separator: " ")
        guard let time = words.first else { return true }
        let fields = time.drop(while: { $0 == "T" }).split(separator: ":")
        guard (2...3).contains(fields.count),
            fields.allSatisfy({ field in
                let digits = field.prefix(while: \.isNumber)
                return !digits.isEmpty && digits.count <= 2
            })
        else { return false }
        return words.dropFirst().allSatisfy { isZoneOrHalfDay(String($0)) }
    }

    /// A word after the time: `AM`, `PM` or a zone (`UTC`, `GMT+11`, `Z`, `+11:00`), in any case.
    private static func isZoneOrHalfDay(_ word: String) -> Bool {
        let upper = word.uppercased()
        return ["AM", "PM", "UTC", "GMT", "Z"].contains(upper) || upper.hasPrefix("GMT") || upper.hasPrefix("UTC")
            || upper.hasPrefix("+") || upper.hasPrefix("-")
    }
}
