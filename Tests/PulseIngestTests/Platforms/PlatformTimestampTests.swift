import PulseModel
import Testing

@testable import PulseIngest

@Suite("Ingest: platform timestamps")
struct PlatformTimestampTests {
    /// Text as a platform writes it → the date as written (nil: not read).
    static let table: [(String, String?)] = [
        ("2026-03-14", "2026-03-14"),
        ("2026-03-14T08:15:00Z", "2026-03-14"),
        ("2026-03-14 08:15:02", "2026-03-14"),
        ("2026/03/14 8:15:02 AM GMT+11", "2026-03-14"),
        ("2026/03/31 11:30:00 PM GMT+11", "2026-03-31"),
        ("2026/03/14 20:15:02 GMT-5", "2026-03-14"),
        ("3/14/2026 8:15:02 AM", "2026-03-14"),
        ("3/14/2026 8:15:02 PM", "2026-03-14"),
        ("3/14/2026 08:15", "2026-03-14"),
        ("03/14/2026 08:15:02 AM", "2026-03-14"),
        ("3/14/2026 8:15:02", "2026-03-14"),
        ("3/14/2026 8:15 UTC", "2026-03-14"),
        ("3/1/2026", "2026-03-01"),
        ("2/29/2028 23:59", "2028-02-29"),
        ("14/03/2026 08:15", nil),
        ("2/30/2026 08:15", nil),
        ("3/14/26 08:15", nil),
        ("3/14/2026 soon", nil),
        ("March 14, 2026", nil),
        ("", nil),
    ]

    @Test(arguments: table)
    func readsTheDateAsWritten(text: String, expected: String?) {
        #expect(PlatformTimestamp.day(text)?.description == expected)
    }
}
