import CSV
import Foundation
import Markup
import PulseModel
import PulseStats
import Testing

@testable import PulseReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct CaseStudyTests {
    let study = CaseStudy(BriefFixture.input(), school: "H")!
    let small = CaseStudy(BriefFixture.input(), school: "S")!

    /// The cells of a CSV as written, read back through the project's reader, formula text restored.
    func read(_ text: String) -> [[String]] {
        let reader = CSVReader(bytes: Array(text.utf8))
        var rows: [[String]] = []
        while let record = reader.next() { rows.append(record.strings.map(CSVCell.restoringFormulaText)) }
        return rows
    }

    func file(_ name: String, of study: CaseStudy) -> String {
        CaseStudyExport(study).files().first { $0.path == name }!.text
    }

    @Test func baselineIsTheFirstMonthAndMidProgramTheLatestBeforeStageTwoEnds() {
        #expect(study.baseline == Month("2026-02")!)
        #expect(study.midProgram == Month("2026-04")!)
        #expect(study.changes.map(\.dimension) == ["Trust", "Clarity"])
        let trust = study.changes[0].change?.value
        #expect(trust?.verdict == .declined)
        #expect((trust?.hedgesG ?? 0) < 0)
    }

    @Test func folderHoldsPageSummaryAndEveryChartAsSVGAndCSV() {
        let paths = CaseStudyExport(study).files().map(\.path)
        #expect(
            paths == [
                "index.html", "summary.md", "change.svg", "change.csv", "trend-trust.svg", "trend-trust.csv",
                "trend-clarity.svg", "trend-clarity.csv",
            ])
    }

    @Test func everySVGIsWellFormedXML() {
        for file in CaseStudyExport(study).files() + CaseStudyExport(small).files() where file.path.hasSuffix(".svg") {
            let parser = XMLParser(data: Data(file.text.utf8))
            #expect(parser.parse(), "\(file.path): \(String(describing: parser.parserError))")
        }
    }

    @Test func changeCSVReadsBackToTheSameNumbers() throws {
        let rows = read(file("change.csv", of: study))
        #expect(rows[0] == CaseStudyChangeChart.columns)
        let column = Dictionary(uniqueKeysWithValues: rows[0].enumerated().map { ($1, $0) })
        for (row, change) in zip(rows.dropFirst(), study.changes) {
            #expect(row[column["dimension"]!] == change.dimension)
            #expect(Double(row[column["mid_mean"]!]) == change.mid?.value?.mean)
            #expect(Double(row[column["baseline_ci_low"]!]) == change.baseline?.value?.meanInterval?.lower)
            #expect(Double(row[column["hedges_g"]!]) == change.change?.value?.hedgesG)
            #expect(Double(row[column["adjusted_p"]!]) == change.change?.value?.adjustedPValue)
            #expect(row[column["suppressed"]!] == "0")
        }
    }

    @Test func trendCSVReadsBackToTheSameNumbersWithFormulaNamesNeutralised() throws {
        let text = file("trend-trust.csv", of: study)
        #expect(text.contains("'=cmd|"))
        let rows = read(text)
        let column = Dictionary(uniqueKeysWithValues: rows[0].enumerated().map { ($1, $0) })
        let school = rows.filter { $0[column["level"]!] == "school" }
        #expect(school.count == 3)
        #expect(school.allSatisfy { $0[column["group_name"]!] == BriefFixture.hostile })
        for (row, point) in zip(school, study.trends[0][0].points) {
            #expect(Double(row[column["mean"]!]) == point.value?.value?.mean)
            #expect(Int(row[column["n"]!]) == point.value?.value?.n)
        }
    }

    @Test func suppressionHoldsInEveryFile() {
        #expect(small.changes.allSatisfy { $0.mid?.isSuppressed == true && $0.change?.isSuppressed == true })
        let rows = read(file("change.csv", of: small))
        let column = Dictionary(uniqueKeysWithValues: rows[0].enumerated().map { ($1, $0) })
        for row in rows.dropFirst() {
            #expect(row[column["suppressed"]!] == "1")
            #expect(row[column["suppression"]!] == "fewer than 5 responses")
            for name in ["mid_mean", "mid_ci_low", "baseline_mean", "mean_diff", "hedges_g", "verdict"] {
                #expect(row[column[name]!].isEmpty, "\(name)")
            }
        }
        let trend = read(file("trend-trust.csv", of: small))
        let school = trend.filter { $0[3] == "school" }
        #expect(school.allSatisfy { $0[7].isEmpty && $0[11] == "1" && $0[12] == "fewer than 5 responses" })
        for name in ["change.svg", "trend-trust.svg", "summary.md", "index.html"] {
            #expect(file(name, of: small).contains("fewer than 5 responses"), "\(name)")
        }
        let hidden = small.changes.compactMap { $0.mid?.suppression }
        #expect(hidden.count == 2)
    }

    @Test func hostileTextIsEscapedAndStillReads() {
        for file in CaseStudyExport(study).files() where file.path.hasSuffix(".html") || file.path.hasSuffix(".svg") {
            #expect(!file.text.lowercased().contains("<script"), "\(file.path)")
            #expect(BriefFixture.attributeNames(file.text).allSatisfy { !$0.lowercased().hasPrefix("on") })
            #expect(file.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(file.path)")
        }
        let markdown = file("summary.md", of: study)
        let unescaped = markdown.replacingOccurrences(of: "\\<", with: "")
        #expect(!unescaped.contains("<script") && !unescaped.contains("</"))
        #expect(!markdown.contains("\u{202E}"))
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(CaseStudyExport(study).charts[1].svg.textContent.contains(BriefFixture.hostile))
    }

    @Test func markdownEscapingKeepsTheText() {
        #expect(MarkdownText.escape("a <b> [c](d) *e* \u{202E}f\nx") == "a \\<b\\> \\[c\\](d) \\*e\\* f x")
    }

    @Test func sameInputSameBytes() {
        let again = CaseStudy(BriefFixture.input(), school: "H")!
        #expect(CaseStudyExport(study).files() == CaseStudyExport(again).files())
    }
}
