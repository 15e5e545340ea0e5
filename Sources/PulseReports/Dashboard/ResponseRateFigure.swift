import Markup

/// Response rate (responses ÷ staff) of each group in the report month as bars.
struct ResponseRateFigure {
    var title: String
    var groups: [GroupSummary]
    var width: Double = 600

    func render() -> Node {
        let rated = groups.filter { $0.responseRate != nil }
        let bars = rated.map { group in
            BarChart.Bar(
                label: group.group.name, value: group.responseRate!,
                valueLabel: "\(NumberText.percent(group.responseRate!)) (\(group.responses) of \(group.staff))")
        }
        let sorted = rated.sorted { ($0.responseRate!, $0.group.name) < ($1.responseRate!, $1.group.name) }
        var sentence = "No staff counts on record."
        if let low = sorted.first, let high = sorted.last {
            sentence =
                low == high
                ? "\(low.group.name): \(NumberText.percent(low.responseRate!)) of staff answered."
                : "Response rates ranged from \(NumberText.percent(low.responseRate!)) (\(low.group.name)) "
                    + "to \(NumberText.percent(high.responseRate!)) (\(high.group.name))."
        }
        let chart = BarChart(
            title: title, description: sentence, width: width, bars: bars, domain: 0...1,
            valueFormat: .percent(digits: 0))
        let table = DataTable(
            caption: title, columns: [.text("Group"), .number("Responses"), .number("Staff"), .number("Rate")],
            rows: groups.map { group in
                [
                    .text(group.group.name), .text(String(group.responses)), .text(String(group.staff)),
                    .text(group.responseRate.map { NumberText.percent($0) } ?? "–"),
                ]
            })
        return ChartFigure(title: title, takeaway: Takeaway(sentence), chart: chart.render(), table: table).render()
    }
}
