import PulseModel

/// The case-study folder of one school for the mid-program workshop: `index.html`, every chart as a
/// standalone `.svg` and its numbers as `.csv`, and `summary.md`.
///
///     let study = CaseStudy(input, school: "S001")!
///     for file in CaseStudyExport(study).files() { try folder.write(file.bytes, to: file.path) }
public struct CaseStudyExport: Sendable {
    public var study: CaseStudy

    public init(_ study: CaseStudy) { self.study = study }

    /// The change chart, then one trend chart per dimension (`trend-<dimension slug>`).
    public var charts: [CaseStudyChart] {
        let dimensions = study.trends.map { $0[0].dimension }
        let names = PageNames(ids: dimensions, reserved: [])
        return [CaseStudyChangeChart.chart(study)]
            + study.trends.map { CaseStudyTrendChart.chart($0, name: "trend-" + names[$0[0].dimension], study: study) }
    }

    /// Every file, paths relative to the folder, in a fixed order.
    public func files() -> [ReportFile] {
        let charts = charts
        return [
            ReportFile(
                path: "index.html",
                text: CaseStudyPage.document(study, change: charts[0], trends: Array(charts.dropFirst()))),
            ReportFile(path: "summary.md", text: CaseStudySummary.markdown(study, charts: charts)),
        ]
            + charts.flatMap { chart in
                [
                    ReportFile(path: chart.name + ".svg", text: chart.svg.renderStandaloneSVG()),
                    ReportFile(path: chart.name + ".csv", text: chart.csv),
                ]
            }
    }
}
