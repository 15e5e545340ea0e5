import Markup
import PulseStats

/// Each item's answers for a group in the report month as diverging stacked bars (unfavorable left,
/// favorable right); items whose answers are hidden are listed with "fewer than N responses".
struct AnswersFigure {
    var title: String
    var items: [ItemDistribution]
    var width: Double = 1200

    func render() -> Node {
        let shown = items.compactMap { item in item.distribution.value.map { (item, $0) } }
        let hidden = items.filter { $0.distribution.isSuppressed }
        guard let categories = shown.first?.0.categories else {
            let why = hidden.first?.distribution.suppression
            return .element(
                .figure, [Attribute(.class, "chart")],
                [.h3(title), .p(class: "takeaway", why.map { "Answers: \($0.label)." } ?? "No answers this month.")])
        }
        let rows = shown.map { item, distribution in
            DivergingBarChart.Row(
                label: "\(item.itemID) \(item.text)" + (item.reverse ? " (reverse-scored)" : ""),
                shares: distribution.shares,
                shareLabels: distribution.shares.map { $0 >= 0.07 ? NumberText.percent($0) : "" })
        }
        let favorable = shown.map { item, distribution in
            (
                item,
                zip(distribution.points, distribution.shares).filter { $0.0 >= item.favorableMin }.reduce(0) {
                    $0 + $1.1
                }
            )
        }
        var sentence = "No answers this month."
        if let low = favorable.min(by: { $0.1 < $1.1 }), let high = favorable.max(by: { $0.1 < $1.1 }) {
            sentence =
                "Most favorable: \(high.0.itemID) (\(NumberText.percent(high.1))); least: \(low.0.itemID) "
                + "\"\(low.0.text)\" (\(NumberText.percent(low.1)))."
        }
        let chart = DivergingBarChart(
            title: title, description: sentence, width: width, rowHeight: 24, categories: categories, rows: rows)
        let table = DataTable(
            caption: title,
            columns: [.text("Item"), .text("Dimension")] + categories.map { .number($0) } + [.number("n")],
            rows: items.map { item in
                let head: [DataTable.Cell] = [.text("\(item.itemID) \(item.text)"), .node(.td(item.dimension))]
                switch item.distribution {
                case .suppressed(let why):
                    return head + [
                        .node(
                            .element(
                                .td,
                                [Attribute(.colspan, String(categories.count + 1)), Attribute(.class, "suppressed")],
                                [.text(why.label)]))
                    ]
                case .shown(let d):
                    return head + d.shares.map { .text(NumberText.percent($0)) } + [.text(String(d.n))]
                }
            })
        let notes =
            hidden.isEmpty
            ? [] : ["Hidden (\(hidden.first!.summary)): " + hidden.map(\.itemID).joined(separator: ", ") + "."]
        return ChartFigure(
            title: title, takeaway: Takeaway(sentence), chart: chart.render(), table: table, notes: notes
        )
        .render()
    }
}
