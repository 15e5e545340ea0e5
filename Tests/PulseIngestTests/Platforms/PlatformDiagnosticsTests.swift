import Foundation
import PulseIngest
import PulseModel
import Testing

/// Every question or answer a platform export holds that cannot be matched is a diagnostic with its
/// place; identity columns are dropped unread.
@Suite("Ingest: platform export diagnostics")
struct PlatformDiagnosticsTests {
    static let googleHeader =
        "Timestamp,Which school do you work at?,What is your role?,"
        + "How much do you agree with each statement? [I trust the leadership team to follow through.],"
        + "Staff meetings are a good use of my time."

    func load(_ name: String, _ text: String) throws -> (DatasetFolder, [Response]) {
        try PlatformFixtures.load(try PlatformFixtures.folder(pulse: name, text: text))
    }

    func diagnostics(_ folder: DatasetFolder) -> [String] { folder.log.kept.map(\.description) }

    @Test func unmatchedQuestionIsOneWarningOnItsHeaderCell() throws {
        let text =
            Self.googleHeader + ",How did you hear about this survey?\n"
            + "2026/03/02 9:00:00 AM GMT+11,Riverside Primary,Teacher,Agree,4,From a friend\n"
            + "2026/03/03 9:00:00 AM GMT+11,n2,Teacher,Disagree,2,Newsletter\n"
        let (folder, responses) = try load("march.csv", text)
        let warnings = diagnostics(folder).filter { $0.contains("How did you hear") }
        #expect(
            warnings == [
                "pulse/march.csv:1:6: warning: question \"How did you hear about this survey?\" matches "
                    + "no item of instrument.csv (or one already matched by an earlier column); its answers are not read"
            ])
        #expect(folder.log.errorCount == 0, "\(diagnostics(folder))")
        #expect(responses.map(\.answers) == [[4, 0, 4, 0, 0, 0], [2, 0, 2, 0, 0, 0]])
        #expect(responses.map(\.schoolIndex) == [1, 1], "a school name or id answers the school question")
        #expect(diagnostics(folder).contains { $0.contains("no question for item(s) tr2, co2, gr1, gr2") })
    }

    @Test func unmatchedAnswerLabelIsAnErrorOnItsCellLeftBlank() throws {
        let text =
            Self.googleHeader + "\n"
            + "2026/03/02 9:00:00 AM GMT+11,n1,Teacher,Mostly agree,5\n"
        let (folder, responses) = try load("march.csv", text)
        #expect(
            diagnostics(folder).contains(
                "pulse/march.csv:2:4: error: answer \"Mostly agree\" to tr1 is neither a "
                    + "number nor a label of the scale; cell left blank"), "\(diagnostics(folder))")
        #expect(responses.count == 1, "the rest of the response counts")
        #expect(responses.first?.answers == [0, 0, 5, 0, 0, 0])
    }

    @Test func unknownSchoolAnswerRejectsTheRow() throws {
        let text =
            Self.googleHeader + "\n"
            + "2026/03/02 9:00:00 AM GMT+11,Hilltop Academy,Teacher,Agree,5\n"
        let (folder, responses) = try load("march.csv", text)
        #expect(responses.isEmpty)
        #expect(
            diagnostics(folder).contains {
                $0.hasPrefix("pulse/march.csv:2:2: error: unknown school \"Hilltop Academy\"")
            })
    }

    static let noSchool =
        "ID,Start time,Completion time,Email,Name,What is your role?,"
        + "I trust the leadership team to follow through.\n"
        + "1,3/2/2026 8:00,3/2/2026 8:05,a@example.org,Ann Example,Teacher,Agree\n"
        + "2,3/2/2026 9:00,3/2/2026 9:05,b@example.org,Bob Example,Teacher,Strongly agree\n"

    @Test func missingSchoolRejectsEveryRowWithOneError() throws {
        let (folder, responses) = try load("ms.csv", Self.noSchool)
        #expect(responses.isEmpty)
        #expect(
            diagnostics(folder).contains { $0.hasPrefix("pulse/ms.csv:1: error: no school:") }, "\(diagnostics(folder))"
        )
        #expect(folder.log.errorCount == 1)
        let tally = try #require(folder.tallies.last)
        #expect(tally.read == 2 && tally.rejected == 2)
    }

    @Test func defaultSchoolPlacesAnExportWithoutSchool() throws {
        let url = try PlatformFixtures.folder(pulse: "ms.csv", text: Self.noSchool).appendingPathComponent(
            "pulse/ms.csv")
        let dataset = try PlatformFixtures.loadDataset()
        var log = DiagnosticLog()
        var seen = ResponseIDSet()
        var responses: [Response] = []
        let read = PlatformExport(dataset: dataset, layout: .microsoftForms, defaultSchool: "n2")
            .read(url, file: "ms.csv", seenIDs: &seen, log: &log) { responses.append($0) }
        #expect(log.errorCount == 0, "\(log.kept)")
        #expect(responses.map(\.schoolIndex) == [1, 1])
        #expect(responses.map(\.answers.first) == [4, 5])
        #expect(read?.summary.schoolSource == "--school")
        #expect(read?.summary.droppedIdentityColumns == ["Email", "Name"])
        #expect(read?.summary.roleSource == "What is your role?")
    }

    @Test(arguments: PlatformFixtures.exports)
    func identityValuesNeverReachTheImportedFile(file: String, layout: PulseLayout) throws {
        let dataset = try PlatformFixtures.loadDataset()
        var log = DiagnosticLog()
        var seen = ResponseIDSet()
        var writer = PulseCSVWriter(dataset: dataset)
        let read = PlatformExport(dataset: dataset, layout: layout)
            .read(PlatformFixtures.export(file), file: file, seenIDs: &seen, log: &log) { writer.append($0) }
        let summary = try #require(read?.summary)
        let imported = String(decoding: writer.bytes, as: UTF8.self)
        #expect(imported.split(separator: "\n").count == 31)
        for fragment in [
            "@", "example.org", "203.0.113", "198.51.100", "Surname", "Given", "EXT-", "-33.8688",
            "151.2093", "Staff Member", "First0", "Last0", "employee-",
        ] {
            #expect(!imported.contains(fragment), "\(fragment) leaked into the import")
        }
        for diagnostic in log.kept {
            #expect(!diagnostic.message.contains("example.org"), "\(diagnostic)")
        }
        let expected: [PulseLayout: [String]] = [
            .googleForms: ["Email Address"],
            .microsoftForms: ["Email", "Name"],
            .qualtrics: [
                "IP Address", "Recipient Last Name", "Recipient First Name", "Recipient Email",
                "External Data Reference", "Location Latitude", "Location Longitude",
            ],
            .surveyMonkey: ["IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1"],
        ]
        #expect(summary.droppedIdentityColumns == expected[layout])
        #expect(log.kept.contains { $0.message.hasPrefix("identity column(s) dropped unread: ") })
        #expect(summary.matchedQuestions.map(\.itemID) == ["tr1", "tr2", "co1", "co2", "gr1", "gr2"])
        #expect(summary.unmatchedQuestions.isEmpty)
        #expect(summary.roleSource == "What is your role?")
    }

    @Test func extraIdentityColumnsAreDroppedWhateverThePlatform() throws {
        let text =
            "Timestamp,Email Address,Name,IP Address,Latitude,Longitude,school_id,"
            + "I trust the leadership team to follow through.\n"
            + "2026/03/02 9:00:00 AM GMT+11,secret@example.org,Sam Secret,192.0.2.44,51.5072,-0.1276,n1,Agree\n"
        let (folder, responses) = try load("march.csv", text)
        #expect(folder.log.errorCount == 0, "\(diagnostics(folder))")
        #expect(
            diagnostics(folder).contains(
                "pulse/march.csv:1: warning: identity column(s) dropped unread: "
                    + "Email Address, Name, IP Address, Latitude, Longitude"))
        let response = try #require(responses.first)
        let everything = "\(response)"
        for value in ["secret", "Sam", "192.0.2.44", "51.5072", "-0.1276"] {
            #expect(!everything.contains(value))
        }
    }
}
