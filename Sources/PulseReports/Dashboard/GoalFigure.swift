import Markup
import PulseModel
import PulseStats

/// A goal set on the favorable % (`goals.csv` metric `favorable_pct`): the group's favorable % by month with
/// its 95% Wilson interval, the target as a line, and the progress toward it in words.
struct GoalFigure {
    var trend: DimensionTrend
    var goal: GoalProgress
    var axis: ProgramAxis
    var width: Double = 600

    func render() -> Node {
        let name = trend.group.name
        let series = TimeSeriesChart.Series(
            name: name,
            points: trend.points.compactMap { point in
                point.value?.value.map { value in
                    .init(
                        month: point.programMonth, value: value.favorablePercent,
                        interval: value.favorableInterval.map { $0.lower...$0.upper },
                        label: point.month == trend.points.last?.month
                            ? NumberText.fixed(value.favorablePercent, digits: 0) + "%" : nil)
                }
            })
        let title = "\(trend.dimension): favorable % toward the goal, \(name)"
        let chart = TimeSeriesChart(
            title: title, description: goal.takeaway.text, width: width, height: 230, months: axis.months,
            monthLabels: axis.labels, valueDomain: 0...100, valueFormat: .decimal(digits: 0), series: [series],
            bands: axis.bands,
            target: .init(value: goal.goal.target, label: "Goal \(goal.targetText) by \(goal.goal.due.shortName)"),
            intervalLegend: "95% interval of \(name)")
        let table = DataTable(
            caption: title,
            columns: [.text("Month"), .number("Favorable"), .number("95% interval"), .number("Target")],
            rows: trend.points.map { point in
                let month = DataTable.Cell.text(point.month.longName)
                let target = DataTable.Cell.text(goal.valueText(goal.goal.target))
                switch point.value {
                case nil: return [month, .node(.td(class: "muted", "no responses")), .text("–"), target]
                case .suppressed(let why)?: return [month, .node(SuppressedLabel.cell(why)), .text("–"), target]
                case .shown(let value)?:
                    return [
                        month, .text(goal.valueText(value.favorablePercent)),
                        .text(
                            value.favorableInterval.map { "\(goal.valueText($0.lower))–\(goal.valueText($0.upper))" }
                                ?? "–"),
                        target,
                    ]
                }
            })
        return ChartFigure(title: title, takeaway: goal.takeaway, chart: chart.render(), table: table).render()
    }
}
