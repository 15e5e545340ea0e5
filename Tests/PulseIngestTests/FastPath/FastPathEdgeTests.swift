import Foundation
import PulseModel
import PulseSynthetic
import Testing

@testable import PulseIngest

/// The edges of the fast path's shortcuts (one-digit answers, the date cache, packed school and role ids,
/// the id check that splits an id once, the scanner's one-comparison bytes), each against the plain path.
@Suite("Ingest: fast path shortcuts against the plain path")
struct FastPathEdgeTests {
    let paths = FastPathTests()

    /// Clean rows, then a row dated `2026-03-02` so that the date cache holds that day.
    static let clean = FastPathTests.pulse(rows: 200, seed: 11) + "c0,2026-03-02T09:00:00Z,s1,teacher,4,4,\n"

    @Test func answersOffTheOneDigitShortcutGoToThePlainPath() throws {
        for answer in ["0", "6", "9", ":", "/", "10", "44", "-1", "+4", " 4", "4 ", "\"4\"\"\""] {
            let text = Self.clean + "e1,2026-03-02,s1,teacher,\(answer),4,\n"
            try paths.expectSameBothWays(paths.builder(["pulse/a.csv": text]), fastFiles: 0)
        }
    }

    @Test func answersTheFastPathTakesBeyondOneDigit() throws {
        for answer in ["\"3\"", "05", "agree", "STRONGLY DISAGREE"] {
            let text = Self.clean + "e1,2026-03-02,s1,teacher,\(answer),4,\n"
            try paths.expectSameBothWays(paths.builder(["pulse/a.csv": text]), fastFiles: 1)
        }
    }

    @Test func theDateCacheMatchesOnlyAWholeDate() throws {
        // Each shares its first 10 bytes with the cached `2026-03-02`.
        for date in [
            "2026-03-02X", "2026-03-02T", "2026-03-0212", "2026-03-02Z08:00", "2026-03-02 ", "\"2026-03-02\"\"\"",
            "2026-03-02T10:00 ", "2026-03-02T10\u{7F}00", "2026-03-02T10:00:00.000\u{1}",
        ] {
            let text = Self.clean + "e1,\(date),s1,teacher,4,4,\n"
            try paths.expectSameBothWays(paths.builder(["pulse/a.csv": text]), fastFiles: 0)
        }
        let taken = Self.clean + "e1,2026-03-02 10:00,s1,teacher,4,4,\ne2,2026-03-02,s2,,5,,\n"
        try paths.expectSameBothWays(paths.builder(["pulse/a.csv": taken]), fastFiles: 1)
        // A cached day is not taken for another one (30 February does not exist).
        let impossible = Self.clean + "e1,2026-02-28,s1,teacher,4,4,\ne2,2026-02-30,s1,teacher,4,4,\n"
        try paths.expectSameBothWays(paths.builder(["pulse/a.csv": impossible]), fastFiles: 0)
    }

    @Test func longRolesThatShareTheirFirstEightBytesStayApart() throws {
        let roles = ["Senior_Leader", "Senior_Leadership", "Senior_L", "Senior_Lead", "Senior_Leader", ""]
        let rows = roles.enumerated().map { "l\($0),2026-03-02,s1,\($1),4,4,\n" }.joined()
        try paths.expectSameBothWays(paths.builder(["pulse/a.csv": Self.clean + rows]), fastFiles: 1)
    }

    /// A quoted comment that ends on its line is read in the one pass of a plain line, with the scanner's
    /// meaning: doubled quotes kept as written, nothing but the field's end after the closing quote.
    @Test func quotedTextsOnOneLineAreReadAsTheScannerReadsThem() throws {
        let long = String(repeating: "very long, ", count: 9)
        for comment in [
            "\"a \"\"b\"\" c\"", "\"\"", "\"x,y\"", "\"\"\"q\"\"\"", "\"\(long)\"", "\"12345678\"", "\"caf\u{e9}\"",
        ] {
            let text = Self.clean + "e1,2026-03-02,s1,teacher,4,4,\(comment)\ne2,2026-03-02,s2,,5,,\(comment)\n"
            try paths.expectSameBothWays(paths.builder(["pulse/a.csv": text]), fastFiles: 1)
        }
        for comment in ["\"a\"b", "\"a\" ", "\"a\",", "\"nul\u{0}\"", "\"never closed"] {
            let text = Self.clean + "e1,2026-03-02,s1,teacher,4,4,\(comment)\ne2,2026-03-02,s2,,5,,\n"
            try paths.expectSameBothWays(paths.builder(["pulse/a.csv": text]), fastFiles: 0)
        }
        // Over two lines, or with a CR: left to the scanner, which takes them.
        for comment in ["\"two\nlines, \"\"quoted\"\"\"", "\"two\rlines\""] {
            let text = Self.clean + "e1,2026-03-02,s1,teacher,4,4,\(comment)\n"
            try paths.expectSameBothWays(paths.builder(["pulse/a.csv": text]), fastFiles: 1)
        }
    }

    /// The fields before the answers, read together from the 64 bytes at a line's start when each ends at
    /// a delimiter among them: ids and roles of every length up to and past those 64 bytes, blank ones; and
    /// quoted ones, a quote inside, a CR or a line that ends among them, which are read one at a time (a
    /// quote that split the fields read together would take `o7`'s five fields as seven, and a line with
    /// no delimiter in its first 64 bytes must not be read as four fields before its answers).
    @Test func fieldsBeforeTheAnswersAreReadTogetherAsOneAtATime() throws {
        var rows = ""
        for length in 1...72 {
            let id = "k" + String(repeating: "x", count: length - 1)
            let role = String(repeating: "r", count: 73 - length)
            rows += "\(id),2026-03-02,s\(length % 2 + 1),\(length % 3 == 0 ? "" : role),4,\(length % 5 + 1),\n"
        }
        try paths.expectSameBothWays(paths.builder(["pulse/a.csv": Self.clean + rows]), fastFiles: 1)
        for odd in [
            "\"q1\",2026-03-02,s1,teacher,4,4,\n", "q2,\"2026-03-02\",s1,teacher,4,4,\n",
            "q3,2026-03-02,\"s1\",teacher,4,4,\n", "q4,2026-03-02,s2,\"teacher\",4,4,\n", "o1,2026-03-02,s1\n",
            "o2,2026-03-02,s1,tea\"cher,4,4,\n", "o3,2026-03-02\r,s1,teacher,4,4,\n",
            "o4,2026-03-02,s1,teacher\",4,4,\n",
            "\"o5,2026-03-02,s1,teacher,4,4,\n", "o6,,s1,teacher,4,4,\n", "o7,2026-03-02,s1\"x,4,4,\n",
            String(repeating: "z", count: 65) + "4,4,\n",
        ] {
            try paths.expectSameBothWays(paths.builder(["pulse/a.csv": Self.clean + odd + rows]))
        }
    }

    @Test func recordsEndingInAnAnswerAreReadTheSame() throws {
        var text = "response_id,submitted_at,school_id,role,t1,t2\n"
        for index in 0..<60 {
            text += "n\(index),2026-03-0\(index % 9 + 1),s\(index % 2 + 1),teacher,\(index % 5 + 1),"
            text += (index % 3 == 0 ? "" : "\(index % 4 + 2)") + "\n"
        }
        try paths.expectSameBothWays(paths.builder(["pulse/a.csv": text + "n98,2026-03-02,s1,,,\n"]), fastFiles: 1)
        for bad in [
            "n99,2026-03-02,s1,teacher,4,4,\n", "n99,2026-03-02,s1,teacher,4,,\n", "n99,2026-03-02,s1,teacher,4\n",
        ] {
            try paths.expectSameBothWays(paths.builder(["pulse/a.csv": text + bad]), fastFiles: 0)
        }
    }

    /// Text fields of every length from 0 to 40 bytes, so that a field's end falls on every byte of the
    /// sixteen a search reads at once (and in the sixteen read for the field before), with spaces and other
    /// bytes below the delimiter inside; then a quote or a CR at each of those places, which a plain line
    /// cannot hold (a lone CR ends a record, leaving two short ones; a quote inside an unquoted field is not
    /// CSV the fast path takes: the file goes to the plain path, which reports those rows).
    @Test func fieldEndsAreFoundWhereverTheyFallInTheBytesReadAtOnce() throws {
        let filler = Array("Support staff! #1 (part-time) & more".utf8)
        func text(_ count: Int, from offset: Int) -> String {
            String(decoding: (0..<count).map { filler[($0 + offset) % filler.count] }, as: UTF8.self)
        }
        func plainText(_ count: Int, from offset: Int) -> String {  // no space at either end
            count == 0 ? "" : "x" + text(max(count - 2, 0), from: offset) + (count > 1 ? "y" : "")
        }
        var clean = "response_id,submitted_at,school_id,role,t1,t2,comment\n"
        for count in 0...40 {
            for offset in [0, 3, 7] {
                clean += "w\(count)-\(offset),2026-03-02,s1,\(plainText(count, from: offset)),4,,"
                clean += plainText((count * 7 + offset) % 41, from: count) + "\n"
            }
        }
        try paths.expectSameBothWays(paths.builder(["pulse/a.csv": clean]), fastFiles: 1)
        for count in 1...20 {
            for place in [0, count / 2, count - 1] {
                var role = Array(plainText(count, from: 0).utf8)
                role[place] = UInt8(ascii: "\r")
                let cr = clean + "r\(count),2026-03-02,s1,\(String(decoding: role, as: UTF8.self)),4,4,\n"
                try paths.expectSameBothWays(paths.builder(["pulse/a.csv": cr]), fastFiles: 0)
                role[place] = UInt8(ascii: "\"")
                let quote = clean + "q\(count),2026-03-02,s1,\(String(decoding: role, as: UTF8.self)),4,4,\n"
                try paths.expectSameBothWays(paths.builder(["pulse/a.csv": quote]), fastFiles: 0)
            }
        }
    }

    /// `ByteMask.bits` and its portable form against a lane at a time.
    @Test func byteMaskBitsAreTheLanesInOrder() {
        var generator = SeededGenerator(seed: 3)
        let example = SIMD16<UInt8>(Array("ab,cd,ef,gh,ij,k".utf8))
        #expect(ByteMask.bits(example .== SIMD16(repeating: UInt8(ascii: ","))) == 0b0100_1001_0010_0100)
        for _ in 0..<2_000 {
            var bytes = SIMD16<UInt8>()
            for lane in 0..<16 { bytes[lane] = UInt8.random(in: 0...3, using: &generator) }
            let lanes = bytes .== SIMD16(repeating: 0)
            let expected = (0..<16).reduce(UInt32(0)) { lanes[$1] ? $0 | 1 << UInt32($1) : $0 }
            #expect(ByteMask.bits(lanes) == expected && ByteMask.portableBits(lanes) == expected, "\(bytes)")
        }
    }

    /// `count` items on 1–5 but item `wide` on 1–7 (in a dimension of its own, as a dimension has one
    /// scale), so that answers read together (eight or four in a row) never straddle it.
    func builder(items count: Int, wide: Int, _ files: [String: String]) -> DatasetBuilder {
        var builder = paths.builder(files)
        builder["instrument.csv"] =
            "item_id,dimension,text,scale_min,scale_max,reverse\n"
            + (1...count).map { "i\($0),\($0 == wide ? "Range" : "Trust"),Item \($0).,1,\($0 == wide ? 7 : 5),0\n" }
            .joined()
        return builder
    }

    @Test func answersReadTogetherAreReadAsOneAtATime() throws {
        var state: UInt64 = 13
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var generator = SeededGenerator(seed: 42)  // the shuffled order is the same on every run
        // Runs of four (and one) answers, of eight (and one), and of eight with tabs between fields; runs
        // read as a block (`answerBlock`): of 23, exactly 32 (the most in one block), and 43 (a block, then
        // eight and one at a time).
        for (count, wide, d) in [
            (9, 5, ","), (19, 10, ","), (19, 10, "\t"), (24, 24, ","), (40, 33, ","), (44, 44, "\t"),
        ] {
            let items = (1...count).map { "i\($0)" }
            // The answers last, first, in another order, and in two runs with a text between them.
            let headers = [
                items + ["comment"], items, items.shuffled(using: &generator) + ["comment"],
                Array(items[..<3]) + ["comment"] + items[3...],
            ]
            for header in headers {
                var text = (["response_id", "submitted_at", "school_id", "role"] + header).joined(separator: d) + "\n"
                for index in 0..<300 {
                    let answers = header.map { column -> String in
                        if column == "comment" { return next(4) == 0 ? "fine" : "" }
                        if next(12) == 0 { return "" }
                        return "\(1 + next(column == "i\(wide)" ? 7 : 5))"
                    }
                    text +=
                        (["k\(index)", "2026-03-0\(1 + next(9))", "s\(1 + next(2))", "teacher"] + answers)
                        .joined(separator: d) + "\n"
                }
                try paths.expectSameBothWays(builder(items: count, wide: wide, ["pulse/a.csv": text]), fastFiles: 1)
                // In each position of a word, one answer off its scale, not a digit, of two digits, or with a
                // byte where the delimiter must be: rows the plain path rejects, all in one file.
                var bad = 0
                for position in 0..<header.count where header[position] != "comment" {
                    for answer in ["0", header[position] == "i\(wide)" ? "8" : "6", "a", "33", "3;3", " 3", "\"3\""] {
                        var fields =
                            ["bad\(bad)", "2026-03-02", "s1", "teacher"] + header.map { $0 == "comment" ? "" : "3" }
                        fields[4 + position] = answer
                        text += fields.joined(separator: d) + "\n"
                        bad += 1
                    }
                }
                try paths.expectSameBothWays(builder(items: count, wide: wide, ["pulse/a.csv": text]), fastFiles: 0)
            }
        }
    }

    /// A dimension whose scale has no one-digit answer (10–12, as `instrument.csv` allows: 0 ≤ min < max ≤
    /// 100) beside one on 1–5: its answers are never read as one digit, and a one-digit answer to it is
    /// off its scale.
    @Test func scalesWithoutOneDigitAnswersAreReadAsThePlainPathReadsThem() throws {
        var state: UInt64 = 17
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var builder = paths.builder([:])
        builder["instrument.csv"] =
            "item_id,dimension,text,scale_min,scale_max,reverse\n"
            + (1...10).map {
                "i\($0),\($0 <= 5 ? "Trust" : "Range"),Item \($0).,\($0 <= 5 ? 1 : 10),\($0 <= 5 ? 5 : 12),0\n"
            }
            .joined()
        var text = "response_id,submitted_at,school_id,role," + (1...10).map { "i\($0)" }.joined(separator: ",") + "\n"
        for index in 0..<300 {
            let answers = (1...10).map { item -> String in
                if next(10) == 0 { return "" }
                return item <= 5 ? "\(1 + next(5))" : "\(10 + next(3))"
            }
            text += (["k\(index)", "2026-03-0\(1 + next(9))", "s\(1 + next(2))", "teacher"] + answers).joined(
                separator: ",")
            text += "\n"
        }
        builder["pulse/a.csv"] = text
        try paths.expectSameBothWays(builder, fastFiles: 1)
        builder["pulse/a.csv"] = text + "bad,2026-03-02,s1,teacher,3,3,3,3,3,1,11,11,11,11\n"
        try paths.expectSameBothWays(builder, fastFiles: 0)
    }

    /// A header column that would mean two things: an item whose id is a key column's name (`school_id`:
    /// the fast path's plan lost the school column and stopped the program), or two items whose ids differ
    /// only in case (one column for both: the fast path read only one of them). `instrument.csv` leaves such
    /// an item out, and the file is read fast as the plain path reads it; an instrument made in code that
    /// has one sends the file to the plain path.
    @Test func aColumnOfTwoMeaningsIsNeverPlannedByTheFastPath() throws {
        let header = "item_id,dimension,text,scale_min,scale_max,reverse\n"
        for extra in ["school_id,Other,A key column's name.,1,5,0\n", "T1,Other,The first item in capitals.,1,5,0\n"] {
            var builder = paths.builder(["pulse/a.csv": Self.clean])
            builder["instrument.csv"] = header + "t1,Trust,One.,1,5,0\nt2,Trust,Two.,1,5,0\n" + extra
            try paths.expectSameBothWays(builder, fastFiles: 1)
            let folder = try DatasetFolder(try builder.write())
            #expect(folder.dataset.instrument.items.map(\.id) == ["t1", "t2"])
            for id in ["school_id", "T1", "Response_ID", "ROLE"] {
                var dataset = folder.dataset
                dataset.instrument = Instrument(
                    items: dataset.instrument.items + [Item(id: id, dimension: "Other", text: "Made in code.")])
                var (seen, log, sink) = (ResponseIDSet(), DiagnosticLog(), RecordingSink())
                let tally = CanonicalPulseFile(dataset: dataset).read(
                    folder.pulseFiles[0], file: "pulse/a.csv", seen: &seen, log: &log, into: &sink)
                #expect(tally == nil, "\(id)")
            }
        }
    }

    @Test func tabSeparatedFilesAreTakenAndFoldTheSame() throws {
        let text = FastPathTests.pulse(rows: 300, seed: 12, delimiter: "\t")
        try paths.expectSameBothWays(paths.builder(["pulse/a.csv": text]), fastFiles: 1)
    }

    @Test func schoolIDTableFindsExactlyItsPlainIDs() {
        let long = "DISTRICT-NORTH-0001-SCHOOL-A"  // longer than 16 bytes: compared between head and tail too
        let ids = [
            "S1", "SCHOOL-000001", "SCHOOL-000002", "SCHOOL-00000", "", "S1", "École-7", " S8", "S9 ", "'S10",
            long, "DISTRICT-NORTH-0002-SCHOOL-A", "SCHOOL-0000020000", "12345678",
        ]
        let table = SchoolIDTable(ids)
        func index(_ id: String) -> Int? {
            Array(id.utf8).withUnsafeBufferPointer { table.index(of: $0, words: KeyField.Words($0)) }
        }
        #expect(index("S1") == 5)  // the last of a repeated id, as in the plain path
        #expect(index("SCHOOL-000001") == 1 && index("SCHOOL-000002") == 2 && index("SCHOOL-00000") == 3)
        #expect(index("") == 4 && index(long) == 10 && index("DISTRICT-NORTH-0002-SCHOOL-A") == 11)
        #expect(index("SCHOOL-0000020000") == 12 && index("12345678") == 13)
        #expect(index("SCHOOL-000003") == nil && index("SCHOOL-0000010") == nil && index("S") == nil)
        #expect(index("S1\0") == nil && index("s1") == nil && index("1234567") == nil && index("123456789") == nil)
        #expect(index("DISTRICT-NORTH-0003-SCHOOL-A") == nil && index("DISTRICT-NORTH-0001-SCHOOL-B") == nil)
        // Ids that are not plain are not found: the fast path declines them (the plain path reads them).
        #expect(index("École-7") == nil && index(" S8") == nil && index("S9 ") == nil && index("'S10") == nil)
    }

    /// Sequential ids, which cluster under the table's hash, find their schools in a table at most a quarter
    /// full (at half full, 1,000 of them took 2.4 probes a look-up), or half full once that is large.
    @Test(arguments: [1, 1_000, 4_000, 5_000, 40_000])
    func schoolIDTableIsAtMostAQuarterFullWhileSmall(schools: Int) {
        let ids = (1...schools).map { "S" + String(repeating: "0", count: 5 - min(5, String($0).count)) + String($0) }
        let table = SchoolIDTable(ids)
        let quarter = 4 * schools <= SchoolIDTable.quarterFullUpTo
        #expect(table.capacity >= (quarter ? 4 : 2) * schools && table.capacity < max(9, (quarter ? 8 : 4) * schools))
        for (index, id) in ids.enumerated() {
            let found = Array(id.utf8).withUnsafeBufferPointer { table.index(of: $0, words: KeyField.Words($0)) }
            #expect(found == index, "\(id)")
        }
    }

    /// `KeyField.Words` and the word-wise `isPlain` (of a whole field and from a byte on) against a byte at a
    /// time, on fields of 0 to 40 bytes.
    @Test func keyFieldWordsAndPlainnessMatchAByteAtATime() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = Array("aZ09 '~-_".utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xFF]
        for _ in 0..<20_000 {
            let count = next(41)
            let field = (0..<count).map { _ in next(4) == 0 ? alphabet[next(alphabet.count)] : UInt8(0x41 + next(26)) }
            let plain =
                field.allSatisfy { (0x20...0x7E).contains($0) } && field.first != 0x20 && field.last != 0x20
                && field.first != UInt8(ascii: "'")
            var head: UInt64 = 0
            for (i, byte) in field.prefix(8).enumerated() { head |= UInt64(byte) << UInt64(8 * i) }
            var tail: UInt64 = 0
            if count > 8 { for (i, byte) in field.suffix(8).enumerated() { tail |= UInt64(byte) << UInt64(8 * i) } }
            field.withUnsafeBufferPointer { bytes in
                let words = KeyField.Words(bytes)
                #expect(words.head == head && words.tail == tail && words.count == count, "\(field)")
                #expect(KeyField.isPlain(bytes) == plain, "\(field)")
                // The rest of a field from any byte on (a date's time after its day).
                guard count >= 8 else { return }
                let start = next(count + 2)
                let rest = field.dropFirst(start)
                let restPlain = rest.allSatisfy { (0x20...0x7E).contains($0) } && (rest.isEmpty || field.last != 0x20)
                #expect(KeyField.isPlain(bytes, after: start) == restPlain, "\(field) after \(start)")
            }
        }
    }

    /// Ids of 9 to 16 bytes ending in 8 digits are read as two words: the same family and number as a
    /// byte at a time, for every shape around the edges (no prefix, 8-byte prefixes, 15 and 16 digits,
    /// digits inside the prefix, bytes just outside `0`…`9`).
    @Test func idsEndingInEightDigitsSplitAsAByteAtATime() {
        var state: UInt64 = 5
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = Array("0123456789/:Rr-_ é".utf8)
        var ids = [
            "R00000001", "R99999999", "123456789", "1234567890123456", "ABCDEFGH12345678", "ABCDEFG123456789",
            "ABCDEFGHI2345678", "A1B2345678", "AB/12345678", "R0000000:", "R/0000000", "2026-00000123",
            "abcdefg012345678", "x000000000000000", "é12345678",
        ].map { Array($0.utf8) }
        for _ in 0..<20_000 {
            let count = 9 + next(8)
            let digitsFrom = next(count + 1)
            ids.append(
                (0..<count).map { i in
                    i >= digitsFrom || next(10) == 0 ? UInt8(0x30 + next(10)) : alphabet[next(alphabet.count)]
                })
        }
        for id in ids {
            #expect(
                id.withUnsafeBufferPointer { ResponseIDSet.splitsAlike($0) }, "\(String(decoding: id, as: UTF8.self))")
        }
    }
}
