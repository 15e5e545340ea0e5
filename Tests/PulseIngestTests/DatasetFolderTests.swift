import Foundation
import PulseModel
import Testing

@testable import PulseIngest

@Suite("Ingest: dataset folder")
struct DatasetFolderTests {
    /// Loads a dataset and streams its responses.
    func load(_ builder: DatasetBuilder) throws -> (DatasetFolder, [Response]) {
        var folder = try DatasetFolder(try builder.write())
        var responses: [Response] = []
        folder.readResponses { responses.append($0) }
        return (folder, responses)
    }

    func messages(_ folder: DatasetFolder) -> [String] { folder.log.kept.map(\.description) }

    @Test func cleanDatasetLoadsEverything() throws {
        let (folder, responses) = try load(DatasetBuilder())
        #expect(folder.log.errorCount == 0, "\(messages(folder))")
        #expect(folder.dataset.clusters.first?.priorities == ["Literacy", "Numeracy"])
        #expect(folder.dataset.schools.map(\.id) == ["s1", "s2"])
        #expect(folder.dataset.instrument.items.map(\.reverse) == [false, true])
        #expect(responses.map(\.id) == ["r1", "r2", "r3"])
        #expect(responses[1].answers == [5, Response.skipped], "labels map to scale points, blanks are skipped")
        #expect(responses[1].comment == "Good, \"really\" good")
        #expect(responses[0].month == Month("2026-02"))
        let total = folder.total
        #expect(total.read == total.accepted + total.rejected)
        #expect(total.rejected == 0)
    }

    /// The survey scope reads what the statistics need and leaves milestones, challenges and goals,
    /// even broken or missing ones, to `pulse check`.
    @Test func surveyScopeReadsNeitherMilestonesNorChallenges() throws {
        var builder = DatasetBuilder()
        builder["milestones.csv"] = "school_id,stage\nnot a milestone file"
        builder["challenges.csv"] = nil
        let url = try builder.write()
        let everything = try DatasetFolder(url)
        #expect(everything.log.errorCount > 0)
        var survey = try DatasetFolder(url, scope: .survey)
        #expect(survey.log.errorCount == 0, "\(messages(survey))")
        #expect(survey.dataset.milestones.isEmpty && survey.dataset.challenges.isEmpty && survey.dataset.goals.isEmpty)
        #expect(survey.dataset.schools == everything.dataset.schools)
        #expect(survey.dataset.instrument == everything.dataset.instrument)
        var responses: [Response] = []
        survey.readResponses { responses.append($0) }
        #expect(responses.map(\.id) == ["r1", "r2", "r3"])
    }

    /// `pulse check`'s counts read through the fast path (`ResponseCounts`) equal counting every response
    /// of the plain path, with the same tallies and diagnostics, on a clean file and on one with a bad row.
    @Test(arguments: [nil, "r4,2026-03-01,nowhere,teacher,4,1,\n"])
    func responseCountsMatchThePlainPath(extraRow: String?) throws {
        var builder = DatasetBuilder()
        if let extraRow { builder["pulse/2026-02.csv"] = builder["pulse/2026-02.csv"]! + extraRow }
        let url = try builder.write()
        var plain = try DatasetFolder(url)
        var expected: [Month: Int] = [:]
        var schools: Set<Int> = []
        plain.readResponses { response in
            expected[response.month, default: 0] += 1
            schools.insert(response.schoolIndex)
        }
        var fast = try DatasetFolder(url)
        var counts = ResponseCounts()
        fast.readResponses(into: &counts)
        #expect(counts.byMonth == expected && counts.schools == schools)
        #expect(fast.tallies.map(\.read) == plain.tallies.map(\.read))
        #expect(fast.tallies.map(\.rejected) == plain.tallies.map(\.rejected))
        #expect(messages(fast) == messages(plain))
        #expect(fast.tallies.last?.rejected == (extraRow == nil ? 0 : 1))
        #expect(expected.values.reduce(0, +) == 3)
    }

    /// Field trimming keeps Foundation's rule: Unicode spaces, tabs and line breaks at either end.
    @Test(arguments: ["S001", " S001", "S001\t", "\u{00A0}S 001\u{2003}", "\n\r", "", "é ", " 日本 ", "\u{0085}x"])
    func trimmingMatchesFoundation(_ text: String) {
        #expect(text.trimmedOfWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text.trimming(.whitespaces) == text.trimmingCharacters(in: .whitespaces))
        let part = text.split(separator: "0").last ?? ""
        #expect(part.trimming(.whitespaces) == part.trimmingCharacters(in: .whitespaces))
    }

    /// The shortcut for a text that starts and ends with printable ASCII agrees with Foundation for every
    /// pair of ASCII ends (controls, spaces, DEL and printable bytes alike), around ASCII and non-ASCII.
    @Test func trimmingOfEveryASCIIEndMatchesFoundation() {
        var mismatches: [String] = []
        for first in 0..<128 {
            for last in 0..<128 {
                let (a, b) = (String(UnicodeScalar(UInt8(first))), String(UnicodeScalar(UInt8(last))))
                for text in [a + b, a + "S 0\u{E9}" + b]
                where text.trimmedOfWhitespace
                    != text.trimmingCharacters(in: .whitespacesAndNewlines)
                {
                    mismatches.append(text.debugDescription)
                }
            }
        }
        #expect(mismatches.prefix(5).isEmpty, "\(mismatches.count) texts trimmed otherwise")
    }

    /// `readShort` reads a blank or one-byte cell as `read` does, or leaves it to `read` (nil): every byte,
    /// on a scale from 1 and one from 0.
    @Test(arguments: [(1, 5), (0, 10), (3, 4)])
    func shortAnswerCellsReadAsTheirText(low: Int, high: Int) {
        let reader = AnswerReader(scale: Scale(min: 1, max: 5))
        let item = Item(id: "q1", dimension: "d", text: "Q", scaleMin: low, scaleMax: high)
        var taken = 0
        for cell in [[]] + (0...255).map({ [UInt8($0)] }) {
            guard let short = cell.withUnsafeBytes({ reader.readShort($0, low: low, high: high) }) else { continue }
            taken += 1
            #expect(short == reader.read(String(decoding: cell, as: UTF8.self), item: item), "\(cell)")
        }
        #expect(taken == 1 + (max(low, 1)...min(high, 9)).count)  // the blank and the digits on the scale
    }

    @Test func missingFolderIsAnOpenError() {
        #expect(throws: DatasetFolder.OpenError.self) {
            try DatasetFolder(URL(fileURLWithPath: "/nonexistent/pulse-dataset"))
        }
    }

    struct BadCase: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var text: String
        /// The diagnostic expected, as its `file:line:column: severity` prefix and a fragment of the message.
        var expected: String
        var fragment: String
        var rejected: Int
        var testDescription: String { name }
    }

    static let badCases: [BadCase] = [
        BadCase(
            name: "unknown school in a pulse row", file: "pulse/2026-03.csv",
            text: "response_id,submitted_at,school_id,role,t1,t2,comment\nq1,2026-03-02,zz,teacher,4,4,\n",
            expected: "pulse/2026-03.csv:2:3: error", fragment: "unknown school_id \"zz\"", rejected: 1),
        BadCase(
            name: "repeated response_id across files", file: "pulse/2026-03.csv",
            text: "response_id,submitted_at,school_id,role,t1,t2,comment\nr1,2026-03-02,s1,teacher,4,4,\n",
            expected: "pulse/2026-03.csv:2:1: error", fragment: "already used", rejected: 1),
        BadCase(
            name: "bad date", file: "pulse/2026-03.csv",
            text: "response_id,submitted_at,school_id,role,t1,t2,comment\nq1,03/02/2026,s1,teacher,4,4,\n",
            expected: "pulse/2026-03.csv:2:2: error", fragment: "not an ISO 8601 date", rejected: 1),
        BadCase(
            name: "answer out of range keeps the row", file: "pulse/2026-03.csv",
            text: "response_id,submitted_at,school_id,role,t1,t2,comment\nq1,2026-03-02,s1,teacher,7,4,\n",
            expected: "pulse/2026-03.csv:2:5: error", fragment: "outside 1–5", rejected: 0),
        BadCase(
            name: "unparseable answer keeps the row", file: "pulse/2026-03.csv",
            text: "response_id,submitted_at,school_id,role,t1,t2,comment\nq1,2026-03-02,s1,teacher,4,maybe,\n",
            expected: "pulse/2026-03.csv:2:6: error", fragment: "neither a number nor a label", rejected: 0),
        BadCase(
            name: "too few fields", file: "pulse/2026-03.csv",
            text: "response_id,submitted_at,school_id,role,t1,t2,comment\nq1,2026-03-02,s1\n",
            expected: "pulse/2026-03.csv:2:4: error", fragment: "row has 3 field(s), the header has 7", rejected: 1),
        BadCase(
            name: "too many fields", file: "pulse/2026-03.csv",
            text: "response_id,submitted_at,school_id,role,t1,t2,comment\nq1,2026-03-02,s1,t,4,4,,x\n",
            expected: "pulse/2026-03.csv:2:8: error", fragment: "row has 8 field(s)", rejected: 1),
        BadCase(
            name: "line numbers count quoted newlines", file: "pulse/2026-03.csv",
            text:
                "response_id,submitted_at,school_id,role,t1,t2,comment\nq1,2026-03-02,s1,t,4,4,\"a\nb\"\nq2,2026-03-02,zz,t,4,4,\n",
            expected: "pulse/2026-03.csv:4:3: error", fragment: "unknown school_id", rejected: 1),
        BadCase(
            name: "missing required pulse column", file: "pulse/2026-03.csv",
            text: "response_id,school_id,role,t1,t2\nq1,s1,t,4,4\nq2,s1,t,4,4\n",
            expected: "pulse/2026-03.csv:1: error", fragment: "missing required column(s): submitted_at", rejected: 2),
        BadCase(
            name: "unknown cluster of a school", file: "schools.csv",
            text: "school_id,name,cluster_id,level,staff_count\ns1,North High,c1,high,40\ns2,Little,c9,elementary,12\n",
            expected: "schools.csv:3:3: error", fragment: "unknown cluster_id \"c9\"", rejected: 1),
        BadCase(
            name: "bad school level", file: "schools.csv",
            text: "school_id,name,cluster_id,level,staff_count\ns1,North High,c1,high,40\ns2,Little,c1,primary,12\n",
            expected: "schools.csv:3:4: error", fragment: "level \"primary\"", rejected: 1),
        BadCase(
            name: "bad milestone status", file: "milestones.csv",
            text: "school_id,stage,activity,due,completed,status,notes\ns1,1,Plan,2026-03-15,,started,\n",
            expected: "milestones.csv:2:6: error", fragment: "status \"started\"", rejected: 1),
        BadCase(
            name: "milestone stage not in program", file: "milestones.csv",
            text: "school_id,stage,activity,due,completed,status,notes\ns1,4,Plan,2026-03-15,,on_track,\n",
            expected: "milestones.csv:2:2: error", fragment: "not a stage", rejected: 1),
        BadCase(
            name: "bad challenge kind", file: "challenges.csv",
            text:
                "raised,school_id,kind,category,summary,level,status,resolved\n2026-03-01,s1,outside,x,y,school,open,\n",
            expected: "challenges.csv:2:3: error", fragment: "kind \"outside\"", rejected: 1),
        BadCase(
            name: "bad escalation level", file: "challenges.csv",
            text:
                "raised,school_id,kind,category,summary,level,status,resolved\n2026-03-01,s1,external,x,y,district,open,\n",
            expected: "challenges.csv:2:6: error", fragment: "level \"district\"", rejected: 1),
        BadCase(
            name: "resolved before raised", file: "challenges.csv",
            text:
                "raised,school_id,kind,category,summary,level,status,resolved\n2026-03-01,s1,external,x,y,area,resolved,2026-02-01\n",
            expected: "challenges.csv:2:8: error", fragment: "before raised", rejected: 1),
        BadCase(
            name: "bad reverse flag", file: "instrument.csv",
            text: "item_id,dimension,text,scale_min,scale_max,reverse\nt1,Trust,x,1,5,0\nt2,Trust,y,1,5,maybe\n",
            expected: "instrument.csv:3:6: error", fragment: "reverse \"maybe\"", rejected: 1),
        BadCase(
            name: "an item off its dimension's scale", file: "instrument.csv",
            text: "item_id,dimension,text,scale_min,scale_max,reverse\nt1,Trust,x,1,5,0\nt2,Trust,y,0,10,0\n",
            expected: "instrument.csv:3:4: error", fragment: "share one scale", rejected: 1),
        BadCase(
            name: "an item id that differs from another only in case", file: "instrument.csv",
            text:
                "item_id,dimension,text,scale_min,scale_max,reverse\nt1,Trust,x,1,5,0\nt2,Trust,y,1,5,1\nT1,Trust,z,1,5,0\n",
            expected: "instrument.csv:4:1: error", fragment: "item_id \"T1\" is \"t1\" in another case", rejected: 1),
        BadCase(
            name: "an item id that names a pulse file's own column", file: "instrument.csv",
            text:
                "item_id,dimension,text,scale_min,scale_max,reverse\nt1,Trust,x,1,5,0\nt2,Trust,y,1,5,1\nSchool_ID,Trust,z,1,5,0\n",
            expected: "instrument.csv:4:1: error", fragment: "is the name of a pulse file's own column", rejected: 1),
        BadCase(
            name: "a repeated item id", file: "instrument.csv",
            text:
                "item_id,dimension,text,scale_min,scale_max,reverse\nt1,Trust,x,1,5,0\nt2,Trust,y,1,5,1\nt2,Trust,z,1,5,0\n",
            expected: "instrument.csv:4:1: error", fragment: "item_id \"t2\" repeated", rejected: 1),
        BadCase(
            name: "an item id that names a dimension", file: "instrument.csv",
            text:
                "item_id,dimension,text,scale_min,scale_max,reverse\nt1,Trust,x,1,5,0\nt2,Trust,y,1,5,1\nTrust,Other,z,1,5,0\n",
            expected: "instrument.csv:4:1: error", fragment: "item_id \"Trust\" is the name of a dimension",
            rejected: 1),
        BadCase(
            name: "a dimension that names an item", file: "instrument.csv",
            text:
                "item_id,dimension,text,scale_min,scale_max,reverse\nt1,Trust,x,1,5,0\nt2,Trust,y,1,5,1\nt3,t1,z,1,5,0\n",
            expected: "instrument.csv:4:2: error", fragment: "dimension \"t1\" is the name of an item", rejected: 1),
        BadCase(
            name: "goal for an unknown measure", file: "goals.csv",
            text: "scope_id,measure,metric,target,due\nc1,Joy,favorable_pct,75,2026-12\n",
            expected: "goals.csv:2:2: error", fragment: "measure \"Joy\"", rejected: 1),
    ]

    @Test(arguments: badCases)
    func badInputIsReportedWithItsPlace(_ bad: BadCase) throws {
        var builder = DatasetBuilder()
        builder[bad.file] = bad.text
        let (folder, _) = try load(builder)
        let hit = messages(folder).first { $0.hasPrefix(bad.expected) && $0.contains(bad.fragment) }
        #expect(hit != nil, "expected \(bad.expected) … \(bad.fragment) in \(messages(folder))")
        let tally = try #require(folder.tallies.first { $0.file == bad.file })
        #expect(tally.rejected == bad.rejected)
        #expect(tally.read == tally.accepted + tally.rejected)
    }

    @Test func headersMatchIgnoringCaseSpacesAndOrder() throws {
        var builder = DatasetBuilder()
        builder["pulse/2026-02.csv"] =
            " T2 ;Comment; School_ID ;RESPONSE_ID;submitted_at;t1;role;extra\n2;;s1;x1;2026-02-03;4;teacher;zz\n"
        let (folder, responses) = try load(builder)
        #expect(responses.count == 1)
        #expect(responses.first?.answers == [4, 2])
        #expect(messages(folder).contains { $0.contains("extra column(s) ignored: extra") })
        #expect(folder.log.errorCount == 0, "\(messages(folder))")
    }

    @Test func missingRequiredFileIsAnError() throws {
        var builder = DatasetBuilder()
        builder["challenges.csv"] = nil
        let (folder, _) = try load(builder)
        #expect(messages(folder).contains("challenges.csv: error: missing: a dataset needs challenges.csv"))
    }

    @Test func emptyFileIsAWarning() throws {
        var builder = DatasetBuilder()
        builder["challenges.csv"] = ""
        let (folder, _) = try load(builder)
        #expect(messages(folder).contains("challenges.csv: warning: empty file"))
        #expect(folder.log.errorCount == 0)
    }

    @Test func milestonePastDueCountsAsLate() throws {
        let (folder, _) = try load(DatasetBuilder())
        let plan = try #require(folder.dataset.milestones.first { $0.activity == "HPT action plan" })
        #expect(plan.effectiveStatus(asOf: Day("2026-05-01")!) == .late)
        #expect(plan.effectiveStatus(asOf: Day("2026-04-01")!) == .onTrack)
    }
}
