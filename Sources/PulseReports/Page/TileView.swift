import Markup

/// A dimension tile: score and favorable % with n, changes since last month and since baseline with their
/// verdicts and test, and a sparkline of the monthly means. A suppressed tile shows only the dimension
/// and "fewer than N responses".
///
///     TileView(tile, scale: 1...5).render()
public struct TileView: Sendable {
    public var tile: DimensionTile
    /// The answer scale, the sparkline's value range.
    public var scale: ClosedRange<Double>

    public init(_ tile: DimensionTile, scale: ClosedRange<Double>) {
        self.tile = tile
        self.scale = scale
    }

    public func render() -> Node {
        let heading = Node.h3(tile.dimension)
        switch tile.score {
        case nil:
            return .element(
                .article, [Attribute(.class, "tile")], [heading, .p(class: "muted", "No responses this month.")])
        case .suppressed(let why)?:
            return .element(
                .article, [Attribute(.class, "tile tile-suppressed")], [heading, .p([SuppressedLabel.node(why)])])
        case .shown(let score)?:
            let previousLabel = tile.sincePrevious?.value.map { "since \($0.from.shortName)" } ?? "since last month"
            let baselineLabel =
                tile.sinceBaseline?.value.map { "since \($0.from.shortName) (baseline)" } ?? "since baseline"
            return .element(
                .article, [Attribute(.class, "tile")],
                [
                    heading,
                    .p(
                        class: "score",
                        [
                            .text(NumberText.fixed(score.mean, digits: 2) + " "),
                            .element(.small, [], [.text("mean")]),
                        ]),
                    .p("\(NumberText.fixed(score.favorablePercent, digits: 0))% favorable"),
                    .p(class: "note", "n = \(Counting.thousands(score.n)) respondents"),
                    ChangeText.node(tile.sincePrevious, label: previousLabel),
                    ChangeText.node(tile.sinceBaseline, label: baselineLabel),
                    sparkline.render(),
                ])
        }
    }

    /// The monthly means; hidden months break the line and are named in the description.
    var sparkline: Sparkline {
        let history = tile.history
        let words = history.map { point -> String in
            switch point.mean {
            case nil: "\(point.month.shortName) no data"
            case .suppressed(let why)?: "\(point.month.shortName) \(why.shortLabel)"
            case .shown(let mean)?: "\(point.month.shortName) \(NumberText.fixed(mean, digits: 2))"
            }
        }
        let values = history.map { $0.mean?.value }
        return Sparkline(
            title: "\(tile.dimension): mean by month",
            description: words.joined(separator: ", "), values: values,
            domain: ValueWindow.around(values.compactMap { $0 }, within: scale, minimumSpan: 0.5), width: 160,
            height: 32)
    }
}
