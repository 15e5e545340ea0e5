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

    @Test("text metrics: a label cut to fit ends in … with no space before it")
    func textFitting() {
        #expect(TextMetrics.fitting("Ash Grove", width: 72, fontSize: 11) == "Ash Grove")
        #expect(TextMetrics.fitting("Ash Grove Primary", width: 72, fontSize: 11) == "Ash Grove…")
        #expect(TextMetrics.fitting("Ash Grove Primary", width: 80, fontSize: 11) == "Ash Grove P…")
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
