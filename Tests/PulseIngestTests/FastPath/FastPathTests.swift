import Foundation
import PulseModel
import Testing

@testable import PulseIngest

/// A sink that keeps every response it is given, so the fast and the plain path can be compared.
struct RecordingSink: ResponseSink {
    struct Entry: Hashable, Comparable {
        var month: Month
        var school: Int
        var role: String
        var answers: [Int8]

        static func < (a: Entry, b: Entry) -> Bool {
            (a.month, a.school, a.role, a.answers.lexicographicallyPrecedes(b.answers) ? 0 : 1)
                < (b.month, b.school, b.role, b.answers.lexicographicallyPrecedes(a.answers) ? 1 : 0)
        }
    }

    var roles: [String] = []
    var entries: [Entry] = []

    func emptyCopy() -> RecordingSink { RecordingSink() }

    mutating func add(_ response: Response) {
        entries.append(
            Entry(
                month: response.month, school: response.schoolIndex, role: response.role,
                answers: response.answers))
    }

    mutating func role(named name: String) -> Int {
        roles.append(name)
        return roles.count - 1
    }

    mutating func add(month: Month, school: Int, role: Int, answers: UnsafeBufferPointer<Int8>) {
        entries.append(Entry(month: month, school: school, role: roles[role], answers: Array(answers)))
    }

    mutating func merge(_ other: RecordingSink) {
        entries += other.entries
    }

    var sorted: [Entry] {
        entries.sorted {
            ($0.month, $0.school, $0.role, $0.answers.map(Int.init).description) < (
                $1.month, $1.school, $1.role, $1.answers.map(Int.init).description
            )
        }
    }
}

@Suite("Ingest: fast path against the plain path")
struct FastPathTests {
    /// A pulse file of `rows` generated rows; `hostile` adds the real world's variations.
    static func pulse(
        rows: Int, seed: UInt64, idPrefix: String = "q", delimiter: String = ",",
        lineEnd: String = "\n", shuffled: Bool = false, labels: Bool = false
    ) -> String {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var header = ["response_id", "submitted_at", "school_id", "role", "t1", "t2", "comment"]
        if shuffled { header = [header[3], header[6], header[5], header[0], header[2], header[4], header[1]] }
        let d = delimiter
        var text = header.joined(separator: d) + lineEnd
        let comments = [
            "", "", "plain", "\"with \"\"quotes\"\"\(d) and\(lineEnd)a new line\"", "\"café\(lineEnd)\(lineEnd)x\"",
            "\"a\(d)b\"",
        ]
        let roles = ["teacher", "support staff", "", "Senior_Leader"]
        let answers = ["1", "2", "3", "4", "5", "", labels ? "strongly AGREE" : "4", labels ? "Disagree" : "2"]
        for index in 0..<rows {
            let fields: [String: String] = [
                "response_id": "\(idPrefix)\(index)",
                "submitted_at": next(2) == 0 ? "2026-02-1\(next(10))T08:00:00Z" : "2026-03-0\(1 + next(9))",
                "school_id": next(2) == 0 ? "s1" : "s2", "role": roles[next(roles.count)],
                "t1": answers[next(answers.count)], "t2": answers[next(answers.count)],
                "comment": comments[next(comments.count)],
            ]
            text += header.map { fields[$0]! }.joined(separator: d) + lineEnd
            if next(50) == 0 { text += lineEnd }  // a blank line
        }
        return text
    }

    /// Reads a dataset both ways and expects the same entries, tallies and diagnostics.
    func expectSameBothWays(
        _ builder: DatasetBuilder, fastFiles: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = try builder.write()
        var plain = try DatasetFolder(url)
        var plainSink = RecordingSink()
        plain.readResponses { plainSink.add($0) }
        var fast = try DatasetFolder(url)
        var fastSink = RecordingSink()
        fast.readResponses(into: &fastSink)
        #expect(fastSink.sorted == plainSink.sorted, sourceLocation: sourceLocation)
        #expect(fast.tallies == plain.tallies, sourceLocation: sourceLocation)
        #expect(fast.log.kept == plain.log.kept, sourceLocation: sourceLocation)
        #expect(
            fast.log.errorCount == plain.log.errorCount && fast.log.warningCount == plain.log.warningCount,
            sourceLocation: sourceLocation)
        if let fastFiles {
            // How many files the fast path's decoder takes whole: read with a fast path that must not fall
            // back, nor leave a record aside for the plain path.
            let reader = CanonicalPulseFile(
                dataset: fast.dataset, parts: 3, minimumPartBytes: 1, maximumDeclinedPerPart: 0)
            var seen = ResponseIDSet()
            var log = DiagnosticLog()
            var sink = RecordingSink()
            let taken = fast.pulseFiles.filter {
                reader.read($0, file: "pulse/" + $0.lastPathComponent, seen: &seen, log: &log, into: &sink) != nil
            }
            #expect(taken.count == fastFiles, sourceLocation: sourceLocation)
        }
    }

    func builder(_ files: [String: String]) -> DatasetBuilder {
        var builder = DatasetBuilder()
        builder["pulse/2026-02.csv"] = nil
        builder.files["program.json"] = """
            { "name": "Test program", "start_month": "2026-02", "min_group_size": 5,
              "scale": { "min": 1, "max": 5, "labels": ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"] } }
            """
        for (name, text) in files { builder[name] = text }
        return builder
    }

    @Test func cleanFilesAreTakenAndFoldTheSame() throws {
        try expectSameBothWays(builder(["pulse/a.csv": Self.pulse(rows: 600, seed: 1)]), fastFiles: 1)
    }

    @Test func hostileButCleanVariationsAreTakenAndFoldTheSame() throws {
        try expectSameBothWays(
            builder([
                "pulse/a.csv": Self.pulse(rows: 400, seed: 2, idPrefix: "a", lineEnd: "\r\n"),
                "pulse/b.csv": Self.pulse(rows: 400, seed: 3, idPrefix: "b", delimiter: ";"),
                "pulse/c.csv": "\u{FEFF}" + Self.pulse(rows: 400, seed: 4, idPrefix: "c", shuffled: true, labels: true),
                "pulse/d.csv": String(Self.pulse(rows: 50, seed: 5, idPrefix: "d-").dropLast()),  // no final line end
            ]), fastFiles: 4)
    }

    /// A header longer than the first window the fast path reads (64 KiB) is read from a larger one.
    @Test func aHeaderLongerThanTheFirstWindowIsTaken() throws {
        let lines = Self.pulse(rows: 200, seed: 6).split(separator: "\n", omittingEmptySubsequences: false)
        let long = String(repeating: "x", count: 70_000)
        let rows = lines.dropFirst().map { $0.isEmpty ? $0 : $0 + "," }  // each row gets the long column, blank
        let text = ([lines[0] + "," + long] + rows).joined(separator: "\n")
        try expectSameBothWays(builder(["pulse/a.csv": text]), fastFiles: 1)
    }

    @Test func filesWithBadRowsGoToThePlainPathWithItsDiagnostics() throws {
        let clean = Self.pulse(rows: 300, seed: 6)
        let cases = [
            clean + "bad1,2026-03-02,zz,teacher,4,4,\n",  // unknown school
            clean + "bad2,2026-03-02,s1,teacher,9,4,\n",  // answer off the scale
            clean + "bad3,03/02/2026,s1,teacher,4,4,\n",  // bad date
            clean + "q7,2026-03-02,s1,teacher,4,4,\n",  // repeated id in the file
            clean + "bad5,2026-03-02,s1,teacher,4,4\n",  // a field missing
            clean + "bad6,2026-03-02,s1,teacher,4,4,\"never closed\n",  // unterminated quote
            clean + "bad7,2026-03-02,s1,tea\"cher,4,4,\n",  // quote in an unquoted field
            clean + "bad8, 2026-03-02,s1,teacher,4,4,\n",  // a space to trim
        ]
        for text in cases {
            try expectSameBothWays(builder(["pulse/a.csv": text]), fastFiles: 0)
        }
    }

    @Test func repeatsAcrossFilesAreFoundWhicheverPathReadsEachFile() throws {
        let first = Self.pulse(rows: 200, seed: 7, idPrefix: "x")
        let repeating = Self.pulse(rows: 200, seed: 8, idPrefix: "y") + "x5,2026-03-02,s1,teacher,4,4,\n"
        let broken = Self.pulse(rows: 100, seed: 9, idPrefix: "z") + "z9x,2026-03-02,zz,teacher,4,4,\n"
        let afterBroken = Self.pulse(rows: 100, seed: 10, idPrefix: "w") + "z3,2026-03-02,s1,teacher,4,4,\n"
        try expectSameBothWays(
            builder([
                "pulse/1.csv": first, "pulse/2.csv": repeating, "pulse/3.csv": broken, "pulse/4.csv": afterBroken,
            ]))
    }

    /// Parts fold into their sinks a batch at a time (`RowBatch.capacity` rows): with many batches per
    /// part, and, in a shared sink, parts' batches interleaving, every row is folded once, under its own
    /// role. With more parts than threads, a sink takes part after part.
    @Test(arguments: [true, false])
    func partsFoldEveryRowOnce(sharingOneSink: Bool) throws {
        let rows = 4 * RowBatch.capacity + 123
        let text = Self.pulse(rows: rows, seed: 11)
        #expect(try expectPartsFoldAsThePlainPath(text, parts: [1, 2, 3, 8], sharingOneSink: sharingOneSink) == rows)
    }

    /// A part borrows a sink no other part holds while there is one, and shares one when there is not.
    @Test func partSinksLendEachPartItsOwnSinkWhileOneIsFree() {
        let sinks = PartSinks(RecordingSink(), threads: 2, shared: false)
        let held: [Int] = sinks.withSink { first in
            sinks.withSink { second in [first, second, sinks.withSink { $0 }] }
        }
        #expect(held == [0, 1, 0])
        let again: [Int] = sinks.withSink { first in sinks.withSink { [first, $0] } }
        #expect(again == [0, 1])  // both were given back
        let shared = PartSinks(RecordingSink(), threads: 2, shared: true)
        let sharing: [Int] = shared.withSink { first in shared.withSink { [first, $0] } }
        #expect(sharing == [0, 0])
    }

    /// Parts shrink towards the end of a file (`count, count - 1, ..., 1` shares), so that the last part a
    /// core takes while the other is idle is the shortest: an eighth of the largest with 8 parts.
    @Test func partsShrinkTowardsTheEndOfAFile() {
        #expect(CanonicalPulseFile.partEnds(count: 1).isEmpty)
        #expect(CanonicalPulseFile.partEnds(count: 2) == [2.0 / 3])
        for count in [3, 8, 40] {
            let ends = CanonicalPulseFile.partEnds(count: count)
            let sizes = zip(ends + [1], [0] + ends).map { $0 - $1 }
            #expect(sizes.count == count)
            #expect(zip(sizes, sizes.dropFirst()).allSatisfy { $0 > $1 }, "\(count): \(sizes)")
            #expect(abs(sizes[0] / sizes[count - 1] - Double(count)) < 1e-9)
        }
    }

    /// Reads `pulse/a.csv` on the fast path in each number of parts (none too small to split) and
    /// expects the plain path's entries and tally; returns how many responses the plain path folded.
    func expectPartsFoldAsThePlainPath(
        _ text: String, parts: [Int], sharingOneSink: Bool? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Int {
        let url = try builder(["pulse/a.csv": text]).write()
        let folder = try DatasetFolder(url)
        var plain = try DatasetFolder(url)
        var plainSink = RecordingSink()
        plain.readResponses { plainSink.add($0) }
        for parts in parts {
            let reader = CanonicalPulseFile(
                dataset: folder.dataset, parts: parts, minimumPartBytes: 1, sharesSink: sharingOneSink)
            var seen = ResponseIDSet()
            var log = DiagnosticLog()
            var sink = RecordingSink()
            let tally = reader.read(folder.pulseFiles[0], file: "pulse/a.csv", seen: &seen, log: &log, into: &sink)
            #expect(tally == plain.tallies.last, "\(parts) parts", sourceLocation: sourceLocation)
            #expect(sink.sorted == plainSink.sorted, "\(parts) parts", sourceLocation: sourceLocation)
        }
        return plainSink.entries.count
    }

    /// Plain lines only, so that a part reads them many at a time (`RowDecoder.readPlainRows`, a batch's
    /// worth per call): in any number of parts, the plain path's responses and tally.
    @Test func plainLinesReadManyAtATimeFoldAsThePlainPath() throws {
        var text = "response_id,submitted_at,school_id,role,t1,t2,comment\n"
        for index in 0..<3000 {
            text += "p\(index),2026-03-0\(1 + index % 9),s\(1 + index % 2),teacher,\(1 + index % 5),\(index % 4),\n"
        }
        #expect(try expectPartsFoldAsThePlainPath(text, parts: [1, 2, 3, 7]) == 3000)
    }

    @Test func splitPointsInsideQuotedCommentsAreCaught() throws {
        // Comments that look like whole records: a split point may land inside one; the check must catch it.
        var text = "response_id,submitted_at,school_id,role,t1,t2,comment\n"
        let fake = (0..<12).map { "f\($0),2026-03-02,s1,teacher,4,4,x" }.joined(separator: "\n")
        for index in 0..<300 {
            text += "r\(index),2026-03-02,s\(index % 2 + 1),teacher,\(index % 5 + 1),,\"\(fake)\"\n"
        }
        for sharing in [true, false] {
            #expect(try expectPartsFoldAsThePlainPath(text, parts: [2, 3, 7], sharingOneSink: sharing) == 300)
        }
    }

    @Test func splitPointsBetweenLongRecordsAreFound() throws {
        // Records of 3 KiB: eight of them do not fit the first, small window around a split point, so the
        // search goes on in the larger one (and the parts must still fold as the plain path).
        var text = "response_id,submitted_at,school_id,role,t1,t2,comment\n"
        let long = String(repeating: "a long comment, ", count: 192)
        for index in 0..<200 {
            text += "r\(index),2026-03-02,s\(index % 2 + 1),teacher,\(index % 5 + 1),4,\"\(long)\"\n"
        }
        #expect(try expectPartsFoldAsThePlainPath(text, parts: [2, 3, 7]) == 200)
    }

    @Test func responseIDSetIsExact() {
        var set = ResponseIDSet()
        let firsts = ["R00000001", "R0000001", "R1", "uuid-ab12-x"].map { set.insert($0) }
        let repeats = ["R00000001", "uuid-ab12-x"].map { set.insert($0) }
        let found = ["R1", "R2", "R01"].map { set.contains($0) }
        #expect(firsts == [true, true, true, true] && repeats == [false, false] && found == [true, false, false])
        var other = ResponseIDSet()
        _ = other.insert("R00000002")
        _ = other.insert("R999999999")
        var union = set
        let disjoint = union.isDisjoint(with: other)
        union.formUnion(other)
        let holds = ["R999999999", "R00000002", "R1", "uuid-ab12-x"].allSatisfy { union.contains($0) }
        #expect(disjoint && holds && !union.isDisjoint(with: other) && !set.isDisjoint(with: union))
        var texts = ResponseIDSet()
        _ = texts.insert("uuid-ab12-x")
        #expect(!set.isDisjoint(with: texts) && other.isDisjoint(with: texts))
        // Ids are the same when their bytes are: a precomposed é is not its decomposed twin.
        var accents = ResponseIDSet()
        let accented = ["caf\u{E9}-1", "cafe\u{301}-1", "caf\u{E9}-1", "\u{E9}t\u{E9}42"].map { accents.insert($0) }
        #expect(accented == [true, true, false, true] && accents.contains("\u{E9}t\u{E9}42"))
    }

    /// `pulse generate`'s ids (`<month>-<school>-<n>`): two families per school and month (1 and 2
    /// digits), a few ids each. Their pages must take no more than the ids kept whole (about 64 bytes
    /// each); a page of 2¹⁸ bits took 32 KB a family, 800 MB for a dashboard of 1,000 schools × 12 months.
    @Test func smallFamiliesTakeLittleMemory() {
        var set = ResponseIDSet()
        var ids = 0
        for month in 1...12 {
            for school in 1...1000 {
                for n in 1...17 {
                    set.insert("2026-\(month < 10 ? "0" : "")\(month)-S\(school)-\(n)")
                    ids += 1
                }
            }
        }
        #expect(set.pageBytes <= 64 * ids, "\(set.pageBytes) bytes of pages for \(ids) ids")
        #expect(!set.insert("2026-03-S17-5") && set.insert("2026-03-S17-18"))
    }

    /// Against a plain set of byte strings: ids of every shape the families split (digits after up to 16
    /// bytes, whatever those bytes are) and of the shapes around them, many sharing their digits.
    @Test func responseIDSetAgreesWithASetOfBytes() {
        var state: UInt64 = 9
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = Array("ab1-".utf8)  // few bytes, so that long prefixes share their first 8
        var set = ResponseIDSet()
        var reference = Set<[UInt8]>()
        for _ in 0..<100_000 {
            let prefix = (0..<next(19)).map { _ in alphabet[next(alphabet.count)] }
            let digits = (0..<next(18)).map { _ in UInt8(0x30 + next(3)) }
            let id = prefix + digits
            let text = String(decoding: id, as: UTF8.self)
            if next(2) == 0 {
                #expect(set.insert(text) == reference.insert(id).inserted, "\(text)")
            } else {
                #expect(set.contains(text) == reference.contains(id), "\(text)")
            }
        }
    }

    /// A copy is a value: ids added to either after the copy are not in the other, whichever changes
    /// first, and a copy that looked a family up keeps its own page of it.
    @Test func aCopyOfAResponseIDSetIsIndependent() {
        var original = ResponseIDSet()
        for n in 0..<300 { original.insert("R\(10_000 + n)") }
        var copy = original
        #expect(copy.contains("R10001") && !copy.contains("R10999"))  // both now remember that family
        #expect(copy.insert("R10999") && original.insert("R10998"))
        #expect(!original.contains("R10999") && !copy.contains("R10998"))
        var union = ResponseIDSet()
        union.insert("X1")
        var before = union
        union.formUnion(original)
        #expect(union.contains("R10998") && union.contains("X1") && !before.contains("R10998"))
        #expect(!copy.insert("R10999") && original.insert("R10999"))
    }
}
