import CSV
import Foundation
import Markup
import PulseModel
import PulseStats
import Synchronization
import Testing

@testable import PulseReports

@Suite("Dashboard pages")
struct DashboardPageTests {
    let fixture = ReportFixture()

    func files(_ fixture: ReportFixture) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: Dashboard(input: fixture.input, fold: fixture.fold).files().map { ($0.path, $0.text) }
        )
    }

    @Test func onePagePerClusterAndSchoolWithSlugNames() {
        let pages = files(fixture)
        #expect(
            Set(pages.keys) == [
                "index.html", "clusters/north.html", "clusters/south.html", "schools/n-1.html", "schools/n1.html",
                "schools/tiny.html", "schools/s1.html",
            ])
        #expect(pages["index.html"]!.contains("href=\"clusters/north.html\""))
        #expect(pages["clusters/north.html"]!.contains("href=\"../schools/n1.html\""))
        #expect(pages["schools/n1.html"]!.contains("href=\"../clusters/north.html\""))
    }

    @Test func slugCollisionsAreResolvedInSortedOrder() {
        let names = PageNames(ids: ["S 1", "s-1", "S1", "Ä", "index", "../x"])
        #expect(names["S 1"] == "s-1")
        #expect(names["s-1"] == "s-1-2")
        #expect(names["S1"] == "s1")
        #expect(names["Ä"] == "group")
        #expect(names["index"] == "index-2")
        #expect(names["../x"] == "x")
    }

    @Test func rendersAreByteIdentical() {
        let first = Dashboard(input: fixture.input, fold: fixture.fold).files()
        let second = Dashboard(input: ReportFixture().input, fold: ReportFixture().fold).files()
        #expect(first == second)
    }

    @Test func pagesWrittenSideBySideAreThePagesMadeOneByOne() throws {
        let dashboard = Dashboard(input: fixture.input, fold: fixture.fold)
        let written = Mutex<[ReportFile]>([])
        let count = try dashboard.write { file in written.withLock { $0.append(file) } }
        let files = dashboard.files()
        #expect(count == files.count)
        #expect(written.withLock { $0 }.sorted { $0.path < $1.path } == files.sorted { $0.path < $1.path })
    }

    @Test func aTableOfOnlyTheRowsADashboardReadsGivesTheSamePages() {
        for month in [ReportFixture.february, ReportFixture.march] {
            var input = fixture.input
            input.month = month
            input.asOf = Day.last(of: month)
            let full = Dashboard(input: input, fold: fixture.fold).files()
            input.table = StatsTable(dataset: fixture.dataset, fold: fixture.fold, options: Dashboard.analysisOptions) {
                Dashboard.reads(period: $0, group: $1, measure: $2, month: month)
            }
            #expect(input.table.rows.count < fixture.table.rows.count / 2)
            #expect(Dashboard(input: input, fold: fixture.fold).files() == full, "\(month)")
        }
    }

    @Test func pagesAreSelfContained() {
        for (path, text) in files(fixture) {
            #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"), "\(path)")
            #expect(!text.contains("<script"), "\(path)")
            #expect(!text.contains("src="), "\(path)")
            #expect(!text.contains("http:") && !text.contains("https:"), "\(path)")
            #expect(text.contains("@media print"), "\(path)")
            #expect(text.contains("@media (max-width:700px)"), "\(path)")
        }
    }

    @Test func suppressedTileShowsTheLabelAndNoNumber() {
        let tiny = GroupSummary(fixture.input, group: fixture.key(.school, "tiny"))
        for tile in tiny.tiles {
            let node = TileView(tile, scale: 1...5).render()
            #expect(node.textContent.contains("fewer than 5 responses"))
            let attributes = ([node] + node.descendants(.p) + node.descendants(.span)).flatMap(\.attributes)
            #expect(node.textContent.filter(\.isNumber) == "5", "tile \(tile.dimension) shows \(node.render())")
            #expect(attributes.allSatisfy { $0.value.filter(\.isNumber).isEmpty })
            #expect(node.descendants(.svg).isEmpty)
        }
        let page = files(fixture)["schools/tiny.html"]!
        #expect(page.contains("fewer than 5 responses"))
    }

    @Test func suppressedHeatmapCellsTablesAndTooltipsShowNoNumber() {
        let groups = ["N1", "N 1", "tiny"].map { GroupSummary(fixture.input, group: fixture.key(.school, $0)) }
        let node = DimensionHeatmapFigure(
            title: "Schools", groups: groups, dimensions: ["Trust", "Care"], scale: 1...5, minimum: 5
        ).render()
        let hidden = node.descendants(.g).filter { $0.hasClass("cell-suppressed") }
        #expect(hidden.count == 4)
        #expect(hidden.allSatisfy { ["fewer than 5", "hidden"].contains($0.textContent) })
        let cells = node.descendants(.td).filter { $0.hasClass("suppressed") }
        #expect(cells.count == 4)
        #expect(cells.allSatisfy { $0.textContent.filter(\.isNumber) == "5" })
        for row in node.descendants(.tr) where row.textContent.hasPrefix("Tiny School") {
            #expect(row.textContent.filter(\.isNumber) == "55")
        }
        for title in node.descendants(.title) where title.textContent.contains("Tiny") {
            #expect(!title.textContent.contains("1.5") && !title.textContent.contains("4.5"))
        }
        // The trend table of a hidden school: every month reads the label.
        let trend = DimensionTrend(fixture.input, group: fixture.key(.school, "tiny"), dimension: "Trust")
        let figure = TrendFigure(
            trend: trend, comparisons: [],
            axis: ProgramAxis(
                program: fixture.dataset.program, through: ReportFixture.march), scale: 1...5
        ).render()
        let table = try! #require(figure.first(.table))
        #expect(table.descendants(.td).filter { $0.hasClass("suppressed") }.count == 2)
        #expect(!figure.render().contains("1.50") && !figure.render().contains("4.50"))
    }

    @Test func dimensionHeatmapNamesEveryDimensionOfTheDemoInstrumentInFull() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Datasets/demo/instrument.csv")
        let reader = try CSVReader(url: url)
        let column = try #require(reader.next()?.strings.firstIndex(of: "dimension"))
        var dimensions: [String] = []
        while let record = reader.next() {
            let dimension = record.string(column)
            if !dimensions.contains(dimension) { dimensions.append(dimension) }
        }
        #expect(dimensions.contains("Self-governance") && dimensions.count == 6)
        let groups = ["N1", "N 1", "tiny", "S1"].map { GroupSummary(fixture.input, group: fixture.key(.school, $0)) }
        // The program page draws the chart 600 wide, the cluster and school pages 760.
        for width in [600.0, 760] {
            let node = DimensionHeatmapFigure(
                title: "Schools", groups: groups, dimensions: dimensions, scale: 1...5, minimum: 5, width: width
            ).render()
            let labels = try #require(node.descendants(.g).first { $0.hasClass("column-labels") })
            #expect(labels.descendants(.title).isEmpty, "no label is cut")
            #expect(
                labels.children.map { $0.textContent.filter { !$0.isWhitespace } }
                    == dimensions.map { $0.filter { !$0.isWhitespace } })
        }
    }

    @Test func arrowsOnlyOnTestedChanges() {
        let groups = ["N1", "S1"].map { GroupSummary(fixture.input, group: fixture.key(.school, $0)) }
        let node = DimensionHeatmapFigure(
            title: "Schools", groups: groups, dimensions: ["Trust", "Care"], scale: 1...5, minimum: 5
        ).render()
        let cells = node.descendants(.g).filter { $0.hasClass("cell") }.map(\.textContent)
        #expect(cells == ["4.50 ▲", "3.00", "4.50 ▲", "3.00"])
        let tiles = groups[0].tiles.map { TileView($0, scale: 1...5).render().render() }
        #expect(tiles[0].contains("▲ +3.00 since Feb"))
        #expect(!tiles[1].contains("▲") && !tiles[1].contains("▼") && tiles[1].contains("within noise"))
        #expect(ChangeText.arrow(.withinNoise).isEmpty)
    }

    @Test func hostileStringsAreEscaped() {
        let hostile = ReportFixture(hostile: true)
        let pages = files(hostile)
        #expect(pages.keys.contains("clusters/javascript-alert-1.html"))
        for (path, text) in pages {
            #expect(!text.contains("<script"), "\(path)")
            #expect(!text.contains("<b>bold"), "\(path)")
            let tags = Self.tags(in: text)
            #expect(!tags.contains { $0.contains("onmouseover=\"") || $0.contains("=\"javascript:") }, "\(path)")
            let closes = text.components(separatedBy: "</style>").count
            #expect(closes == text.components(separatedBy: "<style>").count, "\(path)")
        }
        let cluster = pages["clusters/javascript-alert-1.html"]!
        #expect(cluster.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(cluster.contains("&lt;/style&gt;&lt;b&gt;bold&lt;/b&gt;"))
    }

    /// Every start or end tag of a document, `<` to `>` (text and attribute values are escaped, so `>` inside
    /// them is written as `&gt;`).
    static func tags(in text: String) -> [Substring] {
        var tags: [Substring] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            tags.append(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return tags
    }

    @Test func programPageHasTheGlanceSections() {
        let index = files(fixture)["index.html"]!
        for text in [
            "Response rate by cluster", "Dimension means by cluster", "Biggest tested changes since last month",
            "Milestone completion by stage and cluster", "70 rows read: 66 accepted, 4 rejected",
            "program month 2 of 12", "Stage 1: Establish foundations",
        ] {
            #expect(index.contains(text), "\(text)")
        }
    }

    @Test func clusterPageHasEveryPart() {
        let page = files(fixture)["clusters/north.html"]!
        for text in [
            "In a minute", "Since last month: Trust in North Cluster rose 3.00 since February 2026, beyond noise",
            "1 milestone late (longest 39 days: Workshop, North One)", "2 open challenges: 1 escalated to the area",
            "Every child reads.", "<ol class=\"priorities\">", "Trust: mean by month, North Cluster",
            "Trust: favorable % toward the goal", "Goal (North Cluster): Trust 60% favorable by December 2026.",
            "Answers by item", "Dimension means by school", "Response rate by school and month",
            "Milestones needing attention", "late 39 days", "District initiative clashes", "<details>",
            "<desc>",
        ] {
            #expect(page.contains(text), "\(text)")
        }
        #expect(!page.contains("Raised after the date"))
    }
}
