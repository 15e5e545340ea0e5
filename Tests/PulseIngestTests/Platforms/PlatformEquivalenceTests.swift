import Foundation
import PulseIngest
import PulseModel
import PulseStats
import Testing

/// Each platform's export of the 30 fixture responses, dropped into `pulse/`, gives exactly the statistics
/// of the canonical file: same fold, same figures, changes, trends, signals and reliability.
@Suite("Ingest: platform exports give the canonical statistics")
struct PlatformEquivalenceTests {
    static func table(_ folder: DatasetFolder, _ responses: [Response]) -> (PulseFold, StatsTable) {
        var fold = PulseFold(instrument: folder.dataset.instrument)
        for response in responses { fold.add(response) }
        return (fold, StatsTable(dataset: folder.dataset, fold: fold, options: AnalysisOptions(roleBreakdowns: true)))
    }

    @Test(arguments: PlatformFixtures.exports.map(\.file))
    func exportMatchesCanonical(file: String) throws {
        let (canonicalFolder, canonical) = try PlatformFixtures.load(PlatformFixtures.dataset)
        #expect(
            canonicalFolder.log.errorCount == 0 && canonicalFolder.log.warningCount == 0,
            "\(canonicalFolder.log.kept)")
        let copy = try PlatformFixtures.folder(pulse: file, bytes: Data(contentsOf: PlatformFixtures.export(file)))
        let (folder, responses) = try PlatformFixtures.load(copy)
        #expect(folder.log.errorCount == 0, "\(folder.log.kept)")
        #expect(responses.count == 30)

        // Response by response: school, date as written, role, answers and comment.
        func essence(_ r: Response) -> String { "\(r.schoolIndex) \(r.submitted) \(r.role) \(r.answers) \(r.comment)" }
        #expect(responses.map(essence) == canonical.map(essence))

        let (canonicalFold, canonicalTable) = Self.table(canonicalFolder, canonical)
        let (fold, table) = Self.table(folder, responses)
        #expect(fold == canonicalFold)
        #expect(table.periods == canonicalTable.periods && table.periods.count == 2)
        #expect(table.rows.count == canonicalTable.rows.count && !table.rows.isEmpty)
        #expect(table.rows == canonicalTable.rows, "every figure, change, trend and signal, exactly")
        #expect(table.reliability == canonicalTable.reliability)
        #expect(table.rows.contains { $0.role != nil }, "role rows compared too")
    }

    @Test func unfinishedQualtricsResponsesAreLeftOutAndCounted() throws {
        let copy = try PlatformFixtures.folder(
            pulse: "qualtrics.csv",
            bytes: Data(contentsOf: PlatformFixtures.export("qualtrics.csv")))
        let (folder, responses) = try PlatformFixtures.load(copy)
        #expect(!responses.contains { $0.id.contains("unfinished") })
        #expect(
            folder.log.kept.contains { $0.severity == .warning && $0.message.hasPrefix("2 unfinished response(s)") },
            "\(folder.log.kept)")
        let tally = try #require(folder.tallies.last)
        #expect(tally.read == 32 && tally.accepted == 30 && tally.rejected == 2)
    }

    @Test func responseIDsComeFromThePlatform() throws {
        var ids: [PulseLayout: String] = [:]
        for (file, layout) in PlatformFixtures.exports {
            let copy = try PlatformFixtures.folder(pulse: file, bytes: Data(contentsOf: PlatformFixtures.export(file)))
            ids[layout] = try PlatformFixtures.load(copy).1.first?.id
        }
        #expect(ids[.googleForms] == "google-forms-L2", "Google Forms: file name and line")
        #expect(ids[.microsoftForms] == "microsoft-forms-1", "Microsoft Forms: file name and its per-form ID")
        #expect(ids[.qualtrics] == "R_01qX0007919")
        #expect(ids[.surveyMonkey] == "11400000037")
    }
}
