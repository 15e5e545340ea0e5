import Markup
import PulseModel
import PulseStats

/// A dimension's monthly means for a group with the 95% CI band, the stages as bands, the goal (when it is
/// set on the mean) as a target line, run-chart and control-chart signals marked with a letter and named
/// under the chart, and comparison lines (e.g. the cluster and the program on a school's page).
struct TrendFigure {
    var trend: DimensionTrend
    var comparisons: [DimensionTrend]
    var axis: ProgramAxis
    var scale: ClosedRange<Double>
    var width: Double = 600

    func render() -> Node {
        let name = trend.group.name
        let byMonth = Dictionary(grouping: trend.signals, by: \.programMonth)
        let signalMonths = byMonth.keys.sorted()
        let letters = Dictionary(
            uniqueKeysWithValues: signalMonths.enumerated().map { ($1, Self.letter($0)) })
        let lastMonth = trend.points.last?.programMonth
        let primary = TimeSeriesChart.Series(
            name: name,
            points: trend.points.compactMap { point in
                point.value?.value.map { value in
                    .init(
                        month: point.programMonth, value: value.mean,
                        interval: value.interval.map { $0.lower...$0.upper },
                        label: point.programMonth == lastMonth && letters[point.programMonth] == nil
                            ? NumberText.fixed(value.mean, digits: 2) : nil)
                }
            })
        let others = comparisons.map { other in
            TimeSeriesChart.Series(
                name: other.group.name,
                points: other.points.compactMap { point in
                    point.value?.value.map { .init(month: point.programMonth, value: $0.mean) }
                })
        }
        let annotations = signalMonths.map { month in
            let marks = byMonth[month]!
            return TimeSeriesChart.Annotation(
                month: month, value: marks[0].mean, label: letters[month]!,
                detail: marks.map(\.description).joined(separator: "; "))
        }
        let target = trend.goal.flatMap { goal in
            goal.goal.metric == .mean
                ? TimeSeriesChart.Target(
                    value: goal.goal.target, label: "Goal \(goal.targetText) by \(goal.goal.due.shortName)")
                : nil
        }
        let shown =
            ([primary] + others).flatMap {
                $0.points.flatMap { [$0.value] + ($0.interval.map { [$0.lowerBound, $0.upperBound] } ?? []) }
            }
            + (target.map { [$0.value] } ?? [])
        let title = "\(trend.dimension): mean by month, \(name)"
        let chart = TimeSeriesChart(
            title: title, description: trend.takeaway.text + " " + summary, width: width, height: 250,
            months: axis.months, monthLabels: axis.labels,
            valueDomain: ValueWindow.around(shown, within: scale, minimumSpan: 1), valueFormat: .decimal(digits: 1),
            series: [primary] + others, bands: axis.bands, target: target, annotations: annotations,
            intervalLegend: "95% CI of \(name)")
        let signalNotes = signalMonths.map { month in
            let marks = byMonth[month]!
            return "\(letters[month]!), \(marks[0].month.shortName): "
                + marks.map(\.description).joined(separator: "; ") + "."
        }
        let notYet = trend.notYet.map { "\(DimensionTrend.shortName($0.rule).lowercased()) (needs \($0.needed))" }
        let notes =
            signalNotes
            + (notYet.isEmpty ? [] : ["Too few months yet for: " + notYet.joined(separator: ", ") + "."])
            + (trend.goal.map { $0.goal.metric == .mean ? [$0.takeaway.text] : [] } ?? [])
        return ChartFigure(
            title: title, takeaway: trend.takeaway, chart: chart.render(), table: table(title), notes: notes
        )
        .render()
    }

    /// "A", "B", … for the signal markers.
    private static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index % 26)))
    }

    /// The months in words, for the chart's description.
    private var summary: String {
        trend.points.map { point in
            switch point.value {
            case nil: "\(point.month.shortName): no responses"
            case .suppressed(let why)?: "\(point.month.shortName): \(why.label)"
            case .shown(let value)?: "\(point.month.shortName): \(NumberText.fixed(value.mean, digits: 2))"
            }
        }.joined(separator: "; ") + "."
    }

    private func table(_ title: String) -> DataTable {
        DataTable(
            caption: title,
            columns: [.text("Month"), .number("Mean"), .number("95% CI"), .number("Favorable"), .number("n")],
            rows: trend.points.map { point in
                let month = DataTable.Cell.text(point.month.longName)
                switch point.value {
                case nil:
                    return [month, .node(.td(class: "muted", "no responses")), .text("–"), .text("–"), .text("–")]
                case .suppressed(let why)?:
                    return [month, .node(SuppressedLabel.cell(why)), .text("–"), .text("–"), .text("–")]
                case .shown(let value)?:
                    return [
                        month, .text(NumberText.fixed(value.mean, digits: 2)),
                        .text(
                            value.interval.map {
                                "\(NumberText.fixed($0.lower, digits: 2))–\(NumberText.fixed($0.upper, digits: 2))"
                            } ?? "–"),
                        .text(NumberText.fixed(value.favorablePercent, digits: 0) + "%"), .text(String(value.n)),
                    ]
                }
            })
    }
}
