import CSV
import Markup
import PulseStats

/// A dimension's monthly means for the school (with its 95% CI, stages, signals) against its cluster and
/// the program: the dashboard's trend figure, its SVG alone, and the numbers of all three lines as CSV.
enum CaseStudyTrendChart {
    static let columns = [
        "dimension", "month", "program_month", "level", "group", "group_name", "n", "mean", "ci_low", "ci_high",
        "favorable_pct", "suppressed", "suppression",
    ]

    /// - Parameter trends: the school's trend first, then the comparisons.
    static func chart(_ trends: [DimensionTrend], name: String, study: CaseStudy) -> CaseStudyChart {
        let figure = TrendFigure(
            trend: trends[0], comparisons: Array(trends.dropFirst()),
            axis: ProgramAxis(program: study.input.program, through: study.midProgram), scale: study.scale
        ).render()
        guard let svg = figure.first(.svg) else { preconditionFailure("a trend figure draws an <svg>") }
        return CaseStudyChart(
            name: name, title: svg.first(.title)?.textContent ?? trends[0].dimension, figure: figure, svg: svg,
            csv: csv(trends))
    }

    static func csv(_ trends: [DimensionTrend]) -> String {
        var writer = CSVWriter()
        writer.writeRow(columns)
        for trend in trends {
            for point in trend.points {
                guard let value = point.value else { continue }
                let shown = value.value
                writer.writeRow([
                    .text(trend.dimension), .text(point.month.description), .int(point.programMonth),
                    .text(trend.group.level.rawValue), .text(trend.group.id), .text(trend.group.name),
                    shown.map { .int($0.n) } ?? .empty, .double(shown?.mean), .double(shown?.interval?.lower),
                    .double(shown?.interval?.upper), .double(shown?.favorablePercent),
                    .int(value.isSuppressed ? 1 : 0), .text(value.suppression?.label ?? ""),
                ])
            }
        }
        return writer.string
    }
}
