/// A calendar date without a time zone, as written in the data (`2026-03-14`).
///
/// Timestamps (`2026-03-14T08:15:00Z`) parse to their date as written: no time-zone conversion.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `T` or a space and a time.
    public init?<S: StringProtocol>(_ text: S) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        if bytes.count > 10 {
            guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes.count > 11 else {
                return nil
            }
        }
        guard let y = Month.digits(bytes[0..<4]), let m = Month.digits(bytes[5..<7]),
            let d = Month.digits(bytes[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var monthValue: Month { Month(year: year, month: month) }

    /// The last day of a month.
    public static func last(of month: Month) -> Day {
        Day(year: month.year, month: month.month, day: daysIn(year: month.year, month: month.month))!
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences between dates.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Whole days from `self` to `other`.
    public func days(to other: Day) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    public var description: String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
        return "\(Month(year: year, month: month))-\(two(day))"
    }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Day {
    /// The date `days` after 1970-01-01 (the inverse of `daysSinceEpoch`).
    public static func fromEpoch(_ days: Int) -> Day {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return Day(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)!
    }

    /// The date `days` later (earlier when negative).
    public func advanced(days: Int) -> Day { Day.fromEpoch(daysSinceEpoch + days) }
}
