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

    /// The byte reading of an ASCII timestamp agrees with the Character reading: on the table, and on
    /// 100,000 texts made of the pieces of timestamps (digits, separators, signs, zone letters, tabs, line
    /// breaks), most of them almost a timestamp.
    @Test func asciiTimestampsReadAsTheirText() {
        let pieces = [
            "2026", "3", "14", "03", "/", "/", "-", ":", ":", " ", " ", "T", "\t", "+", "-", "AM", "pm", "GMT", "+11",
            "utc", "Z", "x", "\r\n", "\n", "0", "12", "31", "2028", "02", "29", "08", "15", "123", "",
        ]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        var texts = Self.table.map(\.0)
        for _ in 0..<100_000 {
            var text = ["3/14/2026 8:15:02 AM", "2026/03/14 20:15 GMT+11", "2026-03-14 08:15"][next(3)]
            for _ in 0..<next(4) {  // edits: replace, insert or delete a piece
                var characters = Array(text)
                let at = characters.isEmpty ? 0 : next(characters.count)
                switch next(3) {
                case 0 where !characters.isEmpty: characters.replaceSubrange(at...at, with: pieces[next(pieces.count)])
                case 1: characters.insert(contentsOf: pieces[next(pieces.count)], at: at)
                default: if !characters.isEmpty { characters.remove(at: at) }
                }
                text = String(characters)
            }
            texts.append(text)
        }
        var mismatches: [String] = []
        var read = 0
        for text in texts {
            var bytes = text
            let ascii = bytes.withUTF8 { PlatformTimestamp.dayOfASCII($0) }
            let expected = PlatformTimestamp.dayOfText(text)
            if ascii != expected { mismatches.append(text.debugDescription) }
            if expected != nil { read += 1 }
        }
        #expect(mismatches.prefix(5).isEmpty, "\(mismatches.count) texts read otherwise")
        #expect(read > 10_000 && read < texts.count - 10_000, "both readable and unreadable texts: \(read)")
        // Any other text is read by Characters: Arabic-Indic digits make a readable time there.
        #expect(PlatformTimestamp.day("3/14/2026 \u{0660}8:15")?.description == "2026-03-14")
    }
}
