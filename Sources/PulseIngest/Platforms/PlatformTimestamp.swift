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
enum PlatformTimestamp {
    static func day(_ text: String) -> Day? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
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
        for word in words.dropFirst() {
            let upper = word.uppercased()
            guard
                ["AM", "PM", "UTC", "GMT", "Z"].contains(upper) || upper.hasPrefix("GMT") || upper.hasPrefix("UTC")
                    || upper.hasPrefix("+") || upper.hasPrefix("-")
            else { return false }
        }
        return true
    }
}
