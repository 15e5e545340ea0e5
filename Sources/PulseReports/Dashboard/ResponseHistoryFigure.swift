import Markup

/// Response rate by month, one line per group (e.g. the schools of a cluster), over the program's months.
struct ResponseHistoryFigure {
    var title: String
    var groups: [GroupSummary]
    var axis: ProgramAxis
    var width: Double = 600

    func render() -> Node {
        let series = groups.map { group in
            TimeSeriesChart.Series(
                name: group.group.name,
                points: group.responseHistory.compactMap { month in
                    month.rate.map { .init(month: month.programMonth, value: $0) }
                })
        }
        let latest = groups.compactMap { group in
            group.responseHistory.last?.rate.map { (group.group.name, $0, group.responseHistory.first?.rate) }
        }
        var sentence = "No response rates on record."
        if let low = latest.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) {
            sentence = "Lowest this month: \(low.0) at \(NumberText.percent(low.1))"
            if let first = low.2 { sentence += " (\(NumberText.percent(first)) in the first month)" }
            sentence += "."
        }
        let chart = TimeSeriesChart(
            title: title, description: sentence, width: width, height: 240, months: axis.months,
            monthLabels: axis.labels, valueDomain: 0...1, valueFormat: .percent(digits: 0), series: series,
            bands: axis.bands)
        let months = groups.first?.responseHistory.map(\.month) ?? []
        let table = DataTable(
            caption: title, columns: [.text("Group")] + months.map { .number($0.shortName) },
            rows: groups.map { group in
                [.text(group.group.name)]
                    + group.responseHistory.map { month in
                        .text(month.rate.map { "\(NumberText.percent($0)) (\(month.responses))" } ?? "–")
                    }
            })
        return ChartFigure(title: title, takeaway: Takeaway(sentence), chart: chart.render(), table: table).render()
    }
}
