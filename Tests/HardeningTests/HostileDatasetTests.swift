import CSV
import Foundation
import PulseIngest
import PulseModel
import PulseReports
import PulseStats
import Testing

@Suite("Hostile text through the loader and pulse stats")
struct HostileDatasetTests {
    let hostile = HostileDataset()

    /// What the toolkit writes (CanonicalFiles, PulseCSVWriter) loads back as the same dataset: formula
    /// apostrophes are taken off again, markup and controls are plain text, every count adds up.
    @Test func theToolkitsOwnFilesLoadBackAsTheSameDataset() throws {
        let url = try hostile.write()
        defer { try? FileManager.default.removeItem(at: url) }
        var folder = try DatasetFolder(url)
        var responses: [Response] = []
        folder.readResponses { responses.append($0) }

        #expect(folder.log.errorCount == 0, "\(folder.log.kept.filter { $0.severity == .error }.prefix(5))")
        #expect(folder.dataset.program == hostile.dataset.program)
        #expect(folder.dataset.clusters == hostile.dataset.clusters)
        #expect(folder.dataset.schools == hostile.dataset.schools)
        #expect(folder.dataset.instrument == hostile.dataset.instrument)
        #expect(folder.dataset.milestones == hostile.dataset.milestones)
        #expect(folder.dataset.challenges == hostile.dataset.challenges)
        #expect(responses == hostile.responses)
        for tally in folder.tallies { #expect(tally.accepted + tally.rejected == tally.read, "\(tally.file)") }
        #expect(folder.total.rejected == 0)
    }

    /// No text cell of any file the toolkit wrote starts like a formula; only numbers may start with `-`.
    @Test func everyWrittenCellIsFormulaSafe() throws {
        let url = try hostile.write()
        defer { try? FileManager.default.removeItem(at: url) }
        let names =
            try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".csv") }
            + FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent("pulse").path).map {
                "pulse/\($0)"
            }
        #expect(names.count == 7)
        for name in names {
            let cells = try CSVFile.cells(url.appendingPathComponent(name))
            for cell in cells.joined() { #expect(FormulaCheck.isSafe(cell), "\(name): \(cell.prefix(40))") }
        }
    }

    /// `pulse stats` as CSV: formula-safe, and read back through `CSVReader` and
    /// `CSVCell.restoringFormulaText` it gives the table's groups, measures and roles exactly.
    @Test func statsCSVIsFormulaSafeAndReadsBackToTheSameText() throws {
        let table = try statsTable()
        let rows = try CSVFile.cells(bytes: StatsExport.csv(table.rows))
        #expect(rows.first == StatsExport.columns)
        let body = Array(rows.dropFirst())
        #expect(body.count == table.rows.count)
        let column = Dictionary(uniqueKeysWithValues: StatsExport.columns.enumerated().map { ($1, $0) })
        for (cells, row) in zip(body, table.rows) {
            for cell in cells { #expect(FormulaCheck.isSafe(cell), "\(cell.prefix(40))") }
            let restored = cells.map(CSVCell.restoringFormulaText)
            #expect(restored[column["group"]!] == row.group.group)
            #expect(restored[column["measure"]!] == row.measure)
            #expect(restored[column["role"]!] == (row.role ?? ""))
        }
        // Every hostile text that names something (a school id, a dimension, a role) reached the file.
        let groups = Set(body.map { CSVCell.restoringFormulaText($0[column["group"]!]) })
        #expect(Set(HostileDataset.schoolIDs).isSubset(of: groups))
        let measures = Set(body.map { CSVCell.restoringFormulaText($0[column["measure"]!]) })
        #expect(Set(HostileText.all).isSubset(of: measures))
    }

    /// `pulse stats` as JSON parses with Foundation and gives back the same strings.
    @Test func statsJSONParsesAndGivesBackTheSameStrings() throws {
        let table = try statsTable()
        let parsed = try JSONSerialization.jsonObject(with: Data(StatsExport.json(table.rows)))
        let objects = try #require(parsed as? [[String: Any]])
        #expect(objects.count == table.rows.count)
        for (object, row) in zip(objects, table.rows) {
            #expect(object["group"] as? String == row.group.group)
            #expect(object["measure"] as? String == row.measure)
            #expect(object["role"] as? String == (row.role ?? ""))
            #expect(object["period"] as? String == row.period.description)
        }
    }

    /// A NUL in a comment rejects its row with a diagnostic; the others still count and the tallies add up.
    @Test func aNulInACommentRejectsOnlyItsRow() throws {
        var responses = Array(hostile.responses.prefix(4))
        responses[2].comment = HostileText.nul
        let url = try hostile.write()
        defer { try? FileManager.default.removeItem(at: url) }
        var pulse = PulseCSVWriter(dataset: hostile.dataset)
        for response in responses { pulse.append(response) }
        try FileManager.default.removeItem(at: url.appendingPathComponent("pulse"))
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent("pulse"), withIntermediateDirectories: true)
        try Data(pulse.bytes).write(to: url.appendingPathComponent("pulse/2026-02.csv"))

        var folder = try DatasetFolder(url)
        var read: [Response] = []
        folder.readResponses { read.append($0) }
        let tally = try #require(folder.tallies.last)
        #expect((tally.read, tally.accepted, tally.rejected) == (4, 3, 1))
        #expect(read.map(\.id) == [responses[0].id, responses[1].id, responses[3].id])
        #expect(
            folder.log.kept.contains {
                $0.file == "pulse/2026-02.csv" && $0.severity == .error && $0.message.contains("NUL")
            })
    }

    private func statsTable() throws -> StatsTable {
        let url = try hostile.write()
        defer { try? FileManager.default.removeItem(at: url) }
        var folder = try DatasetFolder(url)
        var fold = PulseFold(instrument: folder.dataset.instrument)
        folder.readResponses { fold.add($0) }
        return StatsTable(dataset: folder.dataset, fold: fold)
    }
}
