import Foundation
import Markup
import Testing

@testable import PulseReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Charts builders")
struct ChartsBuilderTests {
    /// Every chart is an accessible, well-formed SVG image.
    func expectAccessible(_ svg: Node, title: String) {
        #expect(svg.tag == .svg)
        #expect(svg.attribute(.role) == "img")
        #expect(svg.attribute(.viewBox) != nil)
        #expect(svg.children.first?.tag == .title)
        #expect(svg.children.first?.textContent == title)
        #expect(svg.children.dropFirst().first?.tag == .desc)
        #expect(XMLParser(data: Data(svg.renderStandaloneSVG().utf8)).parse())
    }

    func timeSeries() -> TimeSeriesChart {
        TimeSeriesChart(
            title: "Efficacy <Ash & Birch>", description: "Mean by month", width: 640, height: 260, months: 1...12,
            monthLabels: ["Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan"],
            valueDomain: 1...5, valueFormat: .decimal(digits: 0),
            series: [
                .init(
                    name: "Ash Grove",
                    points: [
                        .init(month: 1, value: 3.2, interval: 3.0...3.4),
                        .init(month: 2, value: 3.3, interval: 3.1...3.5),
                        .init(month: 4, value: 3.6, interval: 3.4...3.8, label: "3.6"),
                    ]),
                .init(name: "Birch Hill", points: [.init(month: 1, value: 2.9), .init(month: 2, value: 3.0)]),
            ],
            bands: [
                .init(months: 1...4, label: "1 Establish foundations"),
                .init(months: 5...8, label: "2 Drive for results"),
            ],
            target: .init(value: 4, label: "Goal 4.0"),
            annotations: [.init(month: 4, value: 3.6, label: "Shift", detail: "6 points above the median")])
    }

    @Test("time series: bands, interval, target, lines with gaps, dots, annotations")
    func timeSeriesStructure() {
        let svg = timeSeries().render()
        expectAccessible(svg, title: "Efficacy <Ash & Birch>")
        let regions = svg.descendants(.g).first(where: { $0.hasClass("regions") })
        #expect(regions?.descendants(.rect).count == 2)
        #expect(regions?.textContent.contains("Drive for results") == true)
        let lines = svg.descendants(.path).filter { $0.hasClass("line") }
        #expect(lines.count == 2)
        #expect(lines[0].attribute(.d)?.filter { $0 == "M" }.count == 2, "month 3 is missing, so the line breaks")
        #expect(svg.descendants(.path).filter { $0.hasClass("interval") }.count == 2)
        #expect(svg.descendants(.circle).count == 5)
        #expect(svg.descendants(.g).first(where: { $0.hasClass("rule") })?.textContent == "Goal 4.0")
        let annotation = svg.descendants(.g).first(where: { $0.hasClass("annotation") })
        #expect(annotation?.first(.title)?.textContent == "6 points above the median")
        #expect(
            svg.descendants(.g).first(where: { $0.hasClass("legend") })?.textContent.contains("95% interval") == true)
        #expect(svg.render() == timeSeries().render().render(), "deterministic")
        #expect(svg.render().contains("Efficacy &lt;Ash &amp; Birch&gt;"))
    }

    @Test("sparkline: one line, a dot on the last value, no axes")
    func sparkline() {
        let svg = Sparkline(
            title: "Climate", description: "3.1 to 3.6", values: [3.1, nil, 3.4, 3.6, nil], domain: 1...5
        ).render()
        expectAccessible(svg, title: "Climate")
        #expect(svg.descendants(.path).count == 1)
        #expect(svg.descendants(.circle).count == 1)
        #expect(svg.descendants(.g).filter { $0.hasClass("axis") }.isEmpty)
        #expect(svg.attribute(.width) == "80")
    }

    @Test("diverging bars: segments per share, centred on the neutral category, labels only where they fit")
    func diverging() {
        let chart = DivergingBarChart(
            title: "Supported", description: "…", width: 640,
            categories: ["SD", "D", "N", "A", "SA"],
            rows: [
                .init(
                    label: "Ash Grove", shares: [0.1, 0.1, 0.2, 0.4, 0.2],
                    shareLabels: ["10%", "10%", "20%", "40%", "20%"]),
                .init(
                    label: "Birch Hill", shares: [0, 0.01, 0.29, 0.5, 0.2],
                    shareLabels: ["0%", "1%", "29%", "50%", "20%"]),
            ])
        let svg = chart.render()
        expectAccessible(svg, title: "Supported")
        let stack = svg.descendants(.g).first(where: { $0.hasClass("diverging") })!
        #expect(stack.descendants(.rect).count == 9, "a zero share draws nothing")
        #expect(!stack.textContent.contains("1%"), "a label wider than its segment is left out")
        #expect(
            DivergingStackMark.Row(shares: [0.1, 0.1, 0.2, 0.4, 0.2], labels: []).extent.left == 0.30000000000000004)
        #expect(DivergingStackMark.leftOffset([0.25, 0.25, 0.25, 0.25]) == 0.5)
        // The neutral segment straddles zero.
        let zero = svg.children.last!.attribute(.x1)!
        let neutral = stack.descendants(.rect)[2]
        let (x, width) = (Double(neutral.attribute(.x)!)!, Double(neutral.attribute(.width)!)!)
        #expect(abs(x + width / 2 - Double(zero)!) < 0.02)
    }

    @Test("heatmap: a suppressed cell is hatched and contains no number")
    func heatmap() {
        let chart = Heatmap(
            title: "Means", description: "…", width: 480,
            rowLabels: ["Ash Grove", "A school with a very long name indeed"],
            columnLabels: ["Climate", "Efficacy"],
            cells: [[.value(3.4, text: "3.4"), .suppressed(text: "n < 5")], [.value(1.2, text: "1.2"), .empty]],
            coloring: .diverging(domain: 1...5, midpoint: 3), legendEnds: .init(low: "1", high: "5"),
            suppressedLegend: "Hidden: fewer than 5 answers")
        let svg = chart.render()
        expectAccessible(svg, title: "Means")
        let cells = svg.descendants(.g).filter { $0.hasClass("cell") }
        #expect(cells.count == 3, "an empty cell draws nothing")
        let suppressed = cells.filter { $0.hasClass("cell-suppressed") }
        #expect(suppressed.count == 1)
        #expect(suppressed[0].textContent == "n < 5")
        #expect(!suppressed[0].textContent.contains { $0.isNumber && $0 != "5" })
        #expect(suppressed[0].descendants(.path).count == 1, "hatching")
        for cell in cells where !cell.hasClass("cell-suppressed") {
            let fill = cell.first(.rect)!.attribute(.fill)!
            let ink = cell.first(.text)!.attribute(.fill)!
            #expect(fill != ink)
        }
        #expect(
            svg.render().contains("<title>A school with a very long name indeed</title>"), "cut labels keep a tooltip")
        #expect(
            Heatmap.Coloring.diverging(domain: 1...5, midpoint: 3).color(for: 3) == Palette.divergingRamp.color(at: 0.5)
        )
    }

    /// The dimension names of the instrument catalogue (Sources/PulseSynthetic/InstrumentCatalog.swift).
    static let catalogue = [
        "Trust", "Shared purpose", "Collaboration", "Accountability", "Self-governance", "Wellbeing",
    ]

    /// Each column label of a heatmap: the lines it shows (not its tooltip), its tooltip, and its `<text>`.
    func columnHeads(_ svg: Node) -> [(lines: [String], tooltip: String?, node: Node)] {
        let group = svg.descendants(.g).first { $0.hasClass("column-labels") }
        return (group?.children ?? []).map { text in
            (
                text.children.filter { $0.tag != .title }.map(\.textContent), text.first(.title)?.textContent,
                text
            )
        }
    }

    /// A one-row heatmap over `columnLabels`, every cell a value.
    func heatmap(width: Double, rowLabel: String, columnLabels: [String]) -> Node {
        Heatmap(
            title: "Means", description: "…", width: width, rowLabels: [rowLabel], columnLabels: columnLabels,
            cells: [columnLabels.map { _ in .value(3, text: "3.00") }], coloring: .diverging(domain: 1...5, midpoint: 3)
        ).render()
    }

    @Test("text metrics: a label cut to fit ends in … with no space before it")
    func textFitting() {
        #expect(TextMetrics.fitting("Ash Grove", width: 72, fontSize: 11) == "Ash Grove")
        #expect(TextMetrics.fitting("Ash Grove Primary", width: 72, fontSize: 11) == "Ash Grove…")
        #expect(TextMetrics.fitting("Ash Grove Primary", width: 80, fontSize: 11) == "Ash Grove P…")
    }

    @Test("text metrics: lines break at spaces and after hyphens and fit the width; a word too wide gives nil")
    func textLines() {
        #expect(TextMetrics.lines("Self-governance", width: 70, fontSize: 11, limit: 3) == ["Self-", "governance"])
        #expect(TextMetrics.lines("Shared purpose", width: 100, fontSize: 11, limit: 3) == ["Shared purpose"])
        #expect(TextMetrics.lines(" Shared \n purpose ", width: 50, fontSize: 11, limit: 3) == ["Shared", "purpose"])
        #expect(TextMetrics.lines("Accountability", width: 70, fontSize: 11, limit: 3) == nil)
        let long = "Instructional leadership and professional learning communities"
        let lines = TextMetrics.lines(long, width: 90, fontSize: 11, limit: 3)
        #expect(lines == ["Instructional", "leadership and", "professional…"])
        #expect(lines?.allSatisfy { TextMetrics.width(of: $0, fontSize: 11) <= 90 } == true)
    }

    @Test(
        "heatmap column labels: the catalogue's names in full, level within their columns or angled inside",
        arguments: [600.0, 760.0])
    func heatmapColumnLabels(width: Double) {
        let slope = 0.5.squareRoot()
        var forms: Set<Bool> = []
        for rowLabel in ["Ash", "Beecher Elementary School", "Leading Flourishing Schools 2026 and its partners"] {
            let svg = heatmap(width: width, rowLabel: rowLabel, columnLabels: Self.catalogue)
            let heads = columnHeads(svg)
            #expect(
                heads.map { $0.lines.joined().filter { !$0.isWhitespace } }
                    == Self.catalogue.map { $0.filter { !$0.isWhitespace } }, "\(rowLabel)")
            #expect(heads.allSatisfy { $0.tooltip == nil && !$0.lines.joined().contains("…") })
            // Each label sits over its column.
            let xs = heads.map { Double($0.node.attribute(.x)!)! }
            let cells = svg.descendants(.g).filter { $0.hasClass("cell") }.map { $0.first(.rect)! }
            let centres = cells.map { Double($0.attribute(.x)!)! + Double($0.attribute(.width)!)! / 2 }
            #expect(zip(xs, centres).allSatisfy { abs($0 - $1) < 0.02 })
            let step = xs[1] - xs[0]
            let angled = heads.allSatisfy { $0.node.attribute(.transform) != nil }
            forms.insert(angled)
            if angled {
                #expect(heads.allSatisfy { $0.lines.count == 1 })
                #expect(step * slope > ChartCanvas.fontSize + 2, "neighbours do not overlap")
                for (x, head) in zip(xs, heads) {
                    let reach =
                        (TextMetrics.width(of: head.lines[0], fontSize: ChartCanvas.fontSize) + ChartCanvas.fontSize / 2)
                        * slope
                    #expect(x + reach <= width, "\(head.lines[0]) stays inside the chart")
                }
            } else {
                #expect(heads.allSatisfy { $0.node.attribute(.transform) == nil })
                let lines = heads.flatMap(\.lines)
                #expect(lines.allSatisfy { TextMetrics.width(of: $0, fontSize: ChartCanvas.fontSize) <= step - 4 })
            }
        }
        #expect(forms == [false, true], "narrow columns angle the labels; wide ones keep them level")
    }

    @Test("heatmap column labels: a very long name is cut with … and keeps its full text as a tooltip")
    func heatmapLongColumnLabels() {
        let long = "Instructional leadership, professional learning communities and the shared purpose of the cluster"
        let level = heatmap(
            width: 760, rowLabel: "Ash Grove", columnLabels: ["Trust", long] + Self.catalogue.dropFirst(2))
        expectAccessible(level, title: "Means")
        let heads = columnHeads(level)
        #expect(heads[0].lines == ["Trust"] && heads[0].tooltip == nil)
        #expect(heads[1].lines.count == ColumnLabels.maxLines)
        #expect(heads[1].lines.last?.hasSuffix("…") == true)
        #expect(heads[1].tooltip == long)
        let step = Double(heads[2].node.attribute(.x)!)! - Double(heads[1].node.attribute(.x)!)!
        #expect(
            heads.flatMap(\.lines).allSatisfy { TextMetrics.width(of: $0, fontSize: ChartCanvas.fontSize) <= step - 4 })

        let word = "Selfgovernanceandcollaborativedecisionmakingthroughagreedprocesses"
        let angled = heatmap(width: 760, rowLabel: "Ash Grove", columnLabels: Self.catalogue + [word])
        expectAccessible(angled, title: "Means")
        let cut = columnHeads(angled)
        #expect(cut.allSatisfy { $0.node.attribute(.transform) != nil })
        #expect(cut.dropLast().map { $0.lines[0] } == Self.catalogue && cut.dropLast().allSatisfy { $0.tooltip == nil })
        #expect(cut[6].lines[0].hasSuffix("…") && word.hasPrefix(cut[6].lines[0].dropLast()))
        #expect(TextMetrics.width(of: cut[6].lines[0], fontSize: ChartCanvas.fontSize) <= 760 * 0.3)
        #expect(cut[6].tooltip == word)
        let last = Double(cut[6].node.attribute(.x)!)!
        let reach =
            (TextMetrics.width(of: cut[6].lines[0], fontSize: ChartCanvas.fontSize) + ChartCanvas.fontSize / 2)
            * 0.5.squareRoot()
        #expect(last + reach <= 760, "the plot narrows so the long label stays inside the chart")
    }

    @Test("bar chart: one bar and one value label per item")
    func bars() {
        let chart = BarChart(
            title: "Response rate", description: "…", width: 480,
            bars: [
                .init(label: "Ash", value: 0.72, valueLabel: "72%"),
                .init(label: "Birch", value: 0.64, valueLabel: "64%"),
            ],
            domain: 0...1, valueFormat: .percent(digits: 0))
        let svg = chart.render()
        expectAccessible(svg, title: "Response rate")
        let bars = svg.descendants(.g).first(where: { $0.hasClass("bars") })!
        #expect(bars.descendants(.rect).count == 2)
        #expect(bars.descendants(.text).map(\.textContent) == ["72%", "64%"])
        #expect(svg.attribute(.height) == "80")
        let axisLabels = svg.descendants(.g).first(where: { $0.hasClass("axis-bottom") })!.descendants(.text).map(
            \.textContent)
        #expect(axisLabels.first == "0%" && axisLabels.last == "100%")
    }

    @Test("hatching stays inside its cell")
    func hatchingClipped() {
        let node = Hatching.cell(ChartRect(x: 10, y: 20, width: 30, height: 12))
        let d = node.first(.path)!.attribute(.d)!
        let numbers = d.split(whereSeparator: { "ML,".contains($0) }).compactMap { Double($0) }
        for (index, value) in numbers.enumerated() {
            if index % 2 == 0 { #expect((10...40).contains(value)) } else { #expect((20...32).contains(value)) }
        }
    }
}
