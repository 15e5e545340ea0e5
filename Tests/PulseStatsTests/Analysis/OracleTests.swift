import Foundation
import PulseModel
import Testing

@testable import PulseStats

/// The analysis against the benchmark oracle: `Tests/Fixtures/oracle/` holds a dataset made by
/// `shared/bench/gen_dataset.py` and the figures `shared/bench/reference_stats.py` computed for it
/// (`scripts/reference/stats_oracle_fixture.sh`). The oracle does primary suppression only. Means and sds
/// agree to the last bit today; the contract is 1e-9 relative.
@Suite("Oracle: reference_stats.py")
struct OracleTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/oracle")

    @Test func primarySuppressionFiguresMatchTheOracle() throws {
        let (dataset, responses) = try OracleDataset.load(Self.folder.appendingPathComponent("dataset"))
        #expect(responses.count == 630)
        var fold = PulseFold(instrument: dataset.instrument)
        for response in responses { fold.add(response) }
        let table = StatsTable(dataset: dataset, fold: fold, options: AnalysisOptions(suppression: .primaryOnly))
        let ours = table.rows.filter { $0.role == nil }

        let expected = try SimpleCSV.records(
            String(contentsOf: Self.folder.appendingPathComponent("expected_stats.csv"), encoding: .utf8))
        let header = expected[0]
        let rows = expected.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        #expect(ours.count == rows.count)
        var suppressed = 0
        for (row, reference) in zip(ours, rows) {
            let label = "\(row.period) \(row.level) \(row.group.group) \(row.measure)"
            #expect(
                row.period.description == reference["period"] && row.level.rawValue == reference["level"], "\(label)")
            #expect(row.group.group == reference["group"] && row.measure == reference["measure"], "\(label)")
            #expect(row.n == Int(reference["n"]!), "\(label)")
            #expect(row.figures.isSuppressed == (reference["suppressed"] == "1"), "\(label)")
            guard let figures = row.figures.value else {
                suppressed += 1
                #expect(reference["mean"] == "" && reference["sd"] == "" && reference["favorable_pct"] == "")
                continue
            }
            #expect(close(figures.mean, Double(reference["mean"]!)!, relative: 1e-9), "\(label) mean")
            #expect(close(figures.sd!, Double(reference["sd"]!)!, relative: 1e-9), "\(label) sd")
            #expect(close(figures.favorablePercent, Double(reference["favorable_pct"]!)!, relative: 1e-9), "\(label)")
        }
        #expect(suppressed > 0)
    }
}

/// Just enough of a dataset folder reader for the oracle fixture (the real loader is `PulseIngest`, which
/// this test target does not depend on): schools, instrument, `min_group_size` and integer answers.
enum OracleDataset {
    static func load(_ folder: URL) throws -> (Dataset, [Response]) {
        func table(_ name: String) throws -> [[String: String]] {
            let records = try SimpleCSV.records(
                String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(records[0], $0)) }
        }
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("program.json")))
        let program = try #require(json as? [String: Any])
        let schools = try table("schools.csv").map { row in
            School(
                id: row["school_id"]!, name: row["name"]!, clusterID: row["cluster_id"]!,
                level: SchoolLevel(rawValue: row["level"]!) ?? .other, staffCount: Int(row["staff_count"]!)!)
        }
        let items = try table("instrument.csv").map { row in
            Item(
                id: row["item_id"]!, dimension: row["dimension"]!, text: row["text"]!,
                scaleMin: Int(row["scale_min"]!)!, scaleMax: Int(row["scale_max"]!)!, reverse: row["reverse"] == "1")
        }
        let dataset = Dataset(
            program: Program(
                name: program["name"] as! String, startMonth: Month(program["start_month"] as! String)!,
                minGroupSize: program["min_group_size"] as! Int),
            clusters: [], schools: schools, instrument: Instrument(items: items))
        let schoolIndex = Dictionary(uniqueKeysWithValues: schools.enumerated().map { ($1.id, $0) })
        let pulse = folder.appendingPathComponent("pulse")
        var responses: [Response] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: pulse.path).sorted() {
            for row in try table("pulse/" + file) {
                responses.append(
                    Response(
                        id: row["response_id"]!, submitted: Day(row["submitted_at"]!)!,
                        schoolIndex: schoolIndex[row["school_id"]!]!, role: row["role"]!,
                        answers: items.map { row[$0.id]!.isEmpty ? Response.skipped : Int8(row[$0.id]!)! },
                        comment: row["comment"] ?? ""))
            }
        }
        return (dataset, responses)
    }
}

/// RFC 4180 records of a comma-separated text: quoted fields may hold commas, doubled quotes and
/// newlines; LF or CRLF line ends; blank lines skipped.
enum SimpleCSV {
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = text.unicodeScalars.makeIterator()
        var pending = characters.next()
        func endRecord() {
            record.append(field)
            if record != [""] { records.append(record) }
            record = []
            field = ""
        }
        while let c = pending {
            pending = characters.next()
            if quoted {
                if c == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = characters.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\n" {
                endRecord()
            } else if c != "\r" {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { endRecord() }
        return records
    }
}
