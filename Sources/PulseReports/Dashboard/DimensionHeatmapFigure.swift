import Markup
import PulseStats

/// Groups × dimensions at the report month as a heatmap: each cell the mean, an arrow only where a test
/// called the change since last month a change, "fewer than N" where hidden.
struct DimensionHeatmapFigure {
    var title: String
    var groups: [GroupSummary]
    var dimensions: [String]
    var scale: ClosedRange<Double>
    var minimum: Int
    var width: Double = 760

    func render() -> Node {
        let cells = groups.map { group in
            dimensions.map { dimension -> Heatmap.Cell in
                switch group.tile(dimension)?.score {
                case nil: return .empty
                case .suppressed(let why)?: return .suppressed(text: why.shortLabel)
                case .shown(let score)?:
                    let arrow = group.tile(dimension)?.sincePrevious?.value.flatMap { ChangeText.symbol($0.verdict) }
                    return .value(
                        score.mean, text: NumberText.fixed(score.mean, digits: 2) + (arrow.map { " " + $0 } ?? ""))
                }
            }
        }
        let tested = groups.flatMap { $0.tiles.compactMap { $0.sincePrevious?.value } }.filter(\.isTested)
        let rises = tested.count { $0.verdict == .improved }
        let falls = tested.count - rises
        let shown = groups.flatMap { group in
            group.tiles.compactMap { tile in tile.score?.value.map { (group.group.name, tile.dimension, $0.mean) } }
        }
        var sentence =
            tested.isEmpty
            ? "No change since last month passed the test; every move was within noise."
            : "\(Counting.plural(tested.count, "change")) since last month passed the test "
                + "(▲ \(rises) up, ▼ \(falls) down); "
                + "the rest moved within noise."
        if let low = shown.min(by: { ($0.2, $0.0, $0.1) < ($1.2, $1.0, $1.1) }) {
            sentence += " Lowest: \(low.1) in \(low.0) (\(NumberText.fixed(low.2, digits: 2)))."
        }
        let midpoint = (scale.lowerBound + scale.upperBound) / 2
        let chart = Heatmap(
            title: title,
            description: sentence + " Cells show the mean on the \(NumberText.fixed(scale.lowerBound, digits: 0))–"
                + "\(NumberText.fixed(scale.upperBound, digits: 0)) scale; "
                + "▲ ▼ mark tested changes since last month.",
            width: width, rowHeight: 30, rowLabels: groups.map(\.group.name), columnLabels: dimensions, cells: cells,
            coloring: .diverging(domain: scale, midpoint: midpoint),
            legendEnds: .init(
                low: "\(NumberText.fixed(scale.lowerBound, digits: 0)) low",
                high: "\(NumberText.fixed(scale.upperBound, digits: 0)) high"),
            suppressedLegend: "Hidden: fewer than \(minimum) responses")
        let table = DataTable(
            caption: title, columns: [.text("Group")] + dimensions.map { .number($0) },
            rows: groups.map { group in
                [.text(group.group.name)]
                    + dimensions.map { dimension -> DataTable.Cell in
                        guard let tile = group.tile(dimension) else { return .text("–") }
                        switch tile.score {
                        case nil: return .node(.td(class: "num muted", "no responses"))
                        case .suppressed(let why)?: return .node(SuppressedLabel.cell(why))
                        case .shown(let score)?:
                            let change =
                                tile.sincePrevious?.value.map {
                                    " (\(ChangeText.short($0)) \(ChangeText.verdictText($0.verdict)))"
                                } ?? ""
                            return .text(NumberText.fixed(score.mean, digits: 2) + change)
                        }
                    }
            })
        return ChartFigure(
            title: title, takeaway: Takeaway(sentence), chart: chart.render(), table: table,
            notes: ["▲ ▼: the change since last month passed \(Change.testName) at 0.05; no arrow: within noise."]
        ).render()
    }
}
