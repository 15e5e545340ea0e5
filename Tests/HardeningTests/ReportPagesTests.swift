import Foundation
import PulseIngest
import PulseModel
import PulseReports
import PulseStats
import Testing

/// Every page the toolkit renders (dashboard, briefing pack, case-study folder) from a dataset with
/// hostile text in every field: no `script` element, no `on*` attribute and no `javascript:` link comes
/// from the data, nothing leaks out of a `style` element, and the text still reads as written.
@Suite("Hostile text in the report pages")
struct ReportPagesTests {
    static let hostile = HostileDataset()
    /// The hostile dataset loaded, folded and analysed as the report commands do.
    static let loaded: (input: ReportInput, fold: PulseFold) = {
        let url = try! hostile.write()
        defer { try? FileManager.default.removeItem(at: url) }
        var folder = try! DatasetFolder(url)
        var fold = PulseFold(instrument: folder.dataset.instrument)
        folder.readResponses { fold.add($0) }
        let table = StatsTable(dataset: folder.dataset, fold: fold)
        let quality = DataQuality(
            files: folder.tallies.map {
                DataQuality.FileRows(file: $0.file, read: $0.read, accepted: $0.accepted, rejected: $0.rejected)
            },
            errors: folder.log.errorCount, warnings: folder.log.warningCount, diagnostics: folder.log.kept)
        let input = ReportInput(dataset: folder.dataset, table: table, quality: quality, month: table.periods.last!)
        return (input, fold)
    }()
    static var input: ReportInput { loaded.input }

    static let dashboard: [ReportFile] = Dashboard(input: loaded.input, fold: loaded.fold).files()

    @Test func dashboardPagesCarryNoActiveContentFromData() {
        let files = Self.dashboard
        #expect(files.count > Self.hostile.dataset.schools.count)
        for file in files where file.path.hasSuffix(".html") { expectInert(file.text, file.path) }
    }

    @Test func dashboardClusterPagesShowTheNamesAsText() {
        let pages = Self.dashboard.filter { $0.path.hasPrefix("clusters/") }
        let texts = pages.map { HTMLTokens.visibleText(HTMLTokens.parse($0.text)) }
        for cluster in Self.hostile.dataset.clusters {
            let shown = Self.asMarkupShows(cluster.name)
            #expect(texts.contains { $0.contains(shown) }, "cluster name \(cluster.name.prefix(40).debugDescription)")
        }
        let index = Self.dashboard.first { $0.path == "index.html" }
        #expect(
            index.map { HTMLTokens.visibleText(HTMLTokens.parse($0.text)) }?.contains(HostileText.scriptTag) == true)
    }

    @Test(arguments: hostile.dataset.clusters.prefix(4).map(\.id))
    func briefingPackCarriesNoActiveContentFromData(cluster: String) throws {
        let pack = try #require(BriefPack(Self.input, cluster: cluster))
        let html = BriefDocument(pack).document()
        expectInert(html, "brief \(cluster)")
        let name = try #require(Self.hostile.dataset.cluster(id: cluster)?.name)
        #expect(HTMLTokens.visibleText(HTMLTokens.parse(html)).contains(Self.asMarkupShows(name)))
    }

    @Test(arguments: hostile.dataset.schools.prefix(6).map(\.id))
    func caseStudyFolderCarriesNoActiveContentFromData(school: String) throws {
        let study = try #require(CaseStudy(Self.input, school: school))
        for file in CaseStudyExport(study).files() {
            #expect(!file.path.hasPrefix("/") && !file.path.split(separator: "/").contains(".."), "\(file.path)")
            if file.path.hasSuffix(".html") || file.path.hasSuffix(".svg") { expectInert(file.text, file.path) }
            if file.path.hasSuffix(".md") {
                // Markdown keeps `\<script>` as literal text; an unescaped `<script` would be a tag.
                let unescaped = file.text.replacingOccurrences(of: "\\<", with: "")
                #expect(!unescaped.lowercased().contains("<script"), "\(file.path)")
            }
            if file.path.hasSuffix(".csv") {
                for cell in try CSVFile.cells(bytes: file.bytes).joined() {
                    #expect(FormulaCheck.isSafe(cell), "\(file.path): \(cell.prefix(40))")
                }
            }
        }
    }

    @Test func theTokenizerFindsWhatItLooksFor() {
        let tokens = HTMLTokens.parse("<p onclick='x'>a &lt;b&gt;</p><SCRIPT>if (a<b) {}</script><a href=javascript:x>")
        #expect(tokens.contains(.start("script", [])))
        #expect(tokens.contains(.start("p", [.init(name: "onclick", value: "x")])))
        #expect(tokens.contains(.start("a", [.init(name: "href", value: "javascript:x")])))
        #expect(HTMLTokens.visibleText(tokens) == "a <b>")
    }

    /// The text as Markup writes it: characters HTML forbids (C0 controls but tab and line feed, DEL, C1
    /// controls) become U+FFFD; everything else is kept.
    static func asMarkupShows(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let forbidden =
                (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
            out.unicodeScalars.append(forbidden ? "\u{FFFD}" : scalar)
        }
        return out
    }

    /// Attributes whose value a browser follows or loads as a URL.
    static let urlAttributes: Set<String> = ["href", "src", "xlink:href", "action", "formaction", "data", "srcset"]

    /// No script element, no event-handler attribute, no script URL, and no data inside a style element.
    private func expectInert(_ html: String, _ where_: String) {
        let tokens = HTMLTokens.parse(html)
        var inStyle = false
        for token in tokens {
            switch token {
            case .start(let name, let attributes):
                #expect(name != "script", "\(where_): a script element")
                inStyle = name == "style"
                for attribute in attributes {
                    #expect(!attribute.name.hasPrefix("on"), "\(where_): attribute \(attribute.name)")
                    guard Self.urlAttributes.contains(attribute.name) else { continue }
                    let value = attribute.value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                    #expect(!value.hasPrefix("javascript:"), "\(where_): \(attribute.name)=\(value.prefix(40))")
                }
            case .end:
                inStyle = false
            case .text(let text):
                if inStyle { #expect(!text.contains("alert"), "\(where_): data inside a style element") }
            }
        }
    }
}
