import Foundation
import Markup
import PulseModel
import Testing

@testable import PulseReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Dashboard milestone timeline and value window")
struct DashboardTimelineTests {
    @Test func timelineDrawsDueCompletedAndWritesTheStatus() throws {
        let chart = MilestoneTimeline(
            title: "Milestones <N1>", description: "1 late", width: 640, months: 1...12,
            monthLabels: ["Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan"],
            bands: [.init(months: 1...4, label: "1 Establish foundations")], today: 2.5,
            rows: [
                .init(label: "Workshop", due: 1.2, completed: nil, status: .late, note: "late 39 days"),
                .init(label: "Plan", due: 1.5, completed: 1.6, status: .done, note: "done 4 days late"),
                .init(label: "Coaching", due: 3.3, completed: nil, status: .atRisk, note: "at risk"),
            ]
        ).render()
        #expect(chart.attribute(.role) == "img")
        #expect(chart.first(.title)?.textContent == "Milestones <N1>")
        #expect(XMLParser(data: Data(chart.renderStandaloneSVG().utf8)).parse())
        let rows = chart.descendants(.g).filter { $0.hasClass("milestone") }
        #expect(rows.count == 3)
        #expect(rows.map { $0.hasClass("milestone-late") } == [true, false, false])
        #expect(rows[0].textContent.contains("late 39 days"))
        #expect(rows[0].first(.title)?.textContent == "Workshop: late 39 days")
        #expect(rows[1].descendants(.circle).count == 1)
        #expect(rows[2].descendants(.circle).isEmpty)
        let legend = chart.descendants(.g).filter { $0.hasClass("legend") }.first?.textContent ?? ""
        #expect(
            legend.contains("late") && legend.contains("at risk") && legend.contains("done") && legend.contains("today")
        )
        #expect(!legend.contains("not started"))
    }

    @Test func haloTextUsesTheChartStyleNotThePaintOrderAttribute() {
        let chart = TimeSeriesChart(
            title: "t", description: "d", width: 320, height: 160, months: 1...2, monthLabels: ["Feb", "Mar"],
            valueDomain: 1...5, series: [.init(name: "A", points: [.init(month: 1, value: 3, label: "3.0")])]
        ).render()
        let svg = chart.renderStandaloneSVG()
        #expect(!svg.contains("paint-order=\""))
        #expect(svg.contains("<style>.halo{paint-order:stroke}</style>"))
        #expect(chart.descendants(.text).contains { $0.hasClass("halo") && $0.textContent == "3.0" })
    }

    @Test func valueWindowWidensWithinTheScale() {
        #expect(ValueWindow.around([3.4, 3.6], within: 1...5, minimumSpan: 1) == 3...4)
        #expect(ValueWindow.around([4.9], within: 1...5, minimumSpan: 1) == 4...5)
        #expect(ValueWindow.around([1.5, 4.5], within: 1...5, minimumSpan: 1) == 1.5...4.5)
        #expect(ValueWindow.around([], within: 1...5, minimumSpan: 1) == 1...5)
    }

    @Test func programAxisPlacesDatesInTheirMonth() {
        let program = ReportFixture().dataset.program
        let axis = ProgramAxis(program: program, through: ReportFixture.march)
        #expect(axis.months == 1...12)
        #expect(axis.labels.prefix(2) == ["Feb", "Mar"])
        #expect(
            axis.bands.map(\.label) == ["1 Establish foundations", "2 Drive for results", "3 Coach for sustainability"])
        let mid = axis.position(of: Day("2026-02-14")!)
        #expect(mid > 0.5 && mid < 1.5)
        #expect(axis.position(of: Day("2026-03-01")!) > 1.5)
    }
}
