import Markup

/// Labels for the rows of a band scale, right-aligned against the plot's left edge; a label too long
/// for its column is cut with "…" and keeps its full text as a tooltip.
///
///     RowLabels(labels: ["Ash Grove", "Birch Hill"], maxWidth: 120).render(rows: rows, right: plot.x - 6)
struct RowLabels {
    var labels: [String]
    var maxWidth: Double

    /// The width the labels need, at most `maxWidth`.
    var width: Double {
        min(maxWidth, labels.map { TextMetrics.width(of: $0, fontSize: ChartCanvas.fontSize) }.max() ?? 0)
    }

    func render(rows: BandScale, right: Double) -> Node {
        .g(
            [Attribute(.class, "row-labels"), Attribute(.textAnchor, "end")],
            labels.enumerated().map { index, label in
                let shown = TextMetrics.fitting(label, width: maxWidth, fontSize: ChartCanvas.fontSize)
                return .element(
                    .text,
                    [
                        Attribute(.x, right), Attribute(.y, rows.center(of: index)),
                        Attribute(.dominantBaseline, "middle"),
                    ],
                    (shown == label ? [] : [.title(label)]) + [.text(shown)])
            })
    }
}
