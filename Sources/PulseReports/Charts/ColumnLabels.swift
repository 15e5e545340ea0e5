import Markup

/// Labels over the columns of a band scale, read in full: each label level over its column, broken
/// onto up to three lines at spaces and after hyphens; when one word is wider than a column, every label
/// is angled up at 45° instead. A label still too long is cut with "…" and keeps its full text as a
/// tooltip.
///
///     let heads = ColumnLabels(labels: ["Trust", "Self-governance"], columnWidth: 80, maxAngledWidth: 150)
///     heads.lines  // [["Trust"], ["Self-", "governance"]]
///     heads.render(columns: columns, bottom: plot.y)
struct ColumnLabels {
    let labels: [String]
    /// Whether the labels are angled rather than level.
    let angled: Bool
    /// What each label shows: its lines when level, one line when angled.
    let lines: [[String]]

    static let maxLines = 3
    static let lineHeight = 13.0
    /// cos 45° = sin 45°.
    private static let slope = 0.5.squareRoot()
    /// How far above the plot an angled label starts.
    private static let angledGap = 8.0

    /// Labels over columns `columnWidth` wide; an angled label is at most `maxAngledWidth` long.
    init(labels: [String], columnWidth: Double, maxAngledWidth: Double) {
        let fontSize = ChartCanvas.fontSize
        let level = labels.map {
            TextMetrics.lines($0, width: columnWidth, fontSize: fontSize, limit: Self.maxLines)
        }
        self.labels = labels
        angled = level.contains(nil)
        lines =
            angled
            ? labels.map { [TextMetrics.fitting($0, width: maxAngledWidth, fontSize: fontSize)] }
            : level.map { $0 ?? [] }
    }

    /// The height the labels take above the plot.
    var height: Double {
        guard angled else { return 20 + Double((lines.map(\.count).max() ?? 1) - 1) * Self.lineHeight }
        // The gap under the labels, the rise of the longest, the upper half of its text's height, 2 above.
        return Self.angledGap + (widths.max() ?? 0) * Self.slope + ChartCanvas.fontSize / 2 * Self.slope + 2
    }

    /// The right edge for a plot from `left` whose columns (band `padding`) keep every label left of
    /// `limit`: level labels stay over their columns; angled ones reach right of theirs, so the plot
    /// narrows until the furthest ends at `limit`.
    func right(left: Double, limit: Double, padding: Double) -> Double {
        guard angled else { return limit }
        // Where each column's centre falls as a fraction of the plot's width.
        let unit = BandScale(count: labels.count, range: 0...1, padding: padding)
        return widths.enumerated().reduce(limit) { right, label in
            let reach = (label.element + ChartCanvas.fontSize / 2) * Self.slope
            return min(right, left + (limit - reach - left) / unit.center(of: label.offset))
        }
    }

    /// The labels over `columns`, their last lines (or their starts, when angled) just above `bottom`.
    func render(columns: BandScale, bottom: Double) -> Node {
        let nodes = lines.enumerated().map { index, shown -> Node in
            let x = columns.center(of: index)
            // A label that lost characters to "…" (not only the spaces it broke at) keeps its full text.
            let complete = shown.joined().filter { !$0.isWhitespace } == labels[index].filter { !$0.isWhitespace }
            let tooltip: [Node] = complete ? [] : [.title(labels[index])]
            if angled {
                let y = bottom - Self.angledGap
                return .element(
                    .text,
                    [
                        Attribute(.x, x), Attribute(.y, y),
                        Attribute(
                            .transform, "rotate(-45 \(NumberText.coordinate(x)) \(NumberText.coordinate(y)))"),
                    ], tooltip + [.text(shown[0])])
            }
            let top = bottom - 6 - Double(shown.count - 1) * Self.lineHeight
            return .element(
                .text, [Attribute(.x, x), Attribute(.y, top)],
                tooltip
                    + shown.enumerated().map { line, text in
                        line == 0
                            ? .text(text)
                            : .element(.tspan, [Attribute(.x, x), Attribute(.dy, Self.lineHeight)], [.text(text)])
                    })
        }
        let placement =
            angled
            ? [Attribute(.textAnchor, "start"), Attribute(.dominantBaseline, "middle")]
            : [Attribute(.textAnchor, "middle")]
        return .g([Attribute(.class, "column-labels")] + placement, nodes)
    }

    /// The estimated width of each label's first line.
    private var widths: [Double] {
        lines.map { TextMetrics.width(of: $0.first ?? "", fontSize: ChartCanvas.fontSize) }
    }
}
