import Markup

/// A row of legend entries (swatch or line, then label) that wraps to the given width.
///
///     let legend = Legend(items: [.init(label: "Ash Grove", color: Palette.categorical[0], symbol: .line)])
///     let (node, height) = legend.render(x: 8, y: 4, width: 600)
public struct Legend: Hashable, Sendable {
    /// How an entry shows its colour.
    public enum Symbol: Hashable, Sendable {
        /// A filled square (bars, bands, cells).
        case swatch
        /// A short line (series).
        case line
        /// A short dashed line (targets).
        case dashedLine
        /// A grey hatched square (suppressed cells).
        case hatched
    }

    public struct Item: Hashable, Sendable {
        public var label: String
        public var color: Color
        public var symbol: Symbol

        public init(label: String, color: Color, symbol: Symbol = .swatch) {
            self.label = label
            self.color = color
            self.symbol = symbol
        }
    }

    public var items: [Item]

    public init(items: [Item]) { self.items = items }

    static let rowHeight = 16.0

    /// The legend laid out from (x, y) within `width`, and the height it takes (0 when empty).
    public func render(x: Double, y: Double, width: Double) -> (node: Node, height: Double) {
        guard !items.isEmpty else { return (.g([], []), 0) }
        let fontSize = ChartCanvas.fontSize
        var cursor = (x: x, y: y)
        var nodes: [Node] = []
        for item in items {
            let label = TextMetrics.fitting(item.label, width: width - 24, fontSize: fontSize)
            // An unlabelled entry (a step of a colour bar) sits right next to the one before.
            let entryWidth = label.isEmpty ? 14 : 18 + TextMetrics.width(of: label, fontSize: fontSize) + 14
            if cursor.x > x, cursor.x + entryWidth > x + width {
                cursor = (x, cursor.y + Self.rowHeight)
            }
            let middle = cursor.y + Self.rowHeight / 2
            nodes.append(
                .g(
                    [Attribute(.class, "legend-item")],
                    [symbol(item, x: cursor.x, middle: middle)]
                        + (label.isEmpty
                            ? []
                            : [.svgText(label, x: cursor.x + 18, y: middle, [Attribute(.dominantBaseline, "middle")])]))
            )
            cursor.x += entryWidth
        }
        return (.g([Attribute(.class, "legend")], nodes), cursor.y + Self.rowHeight - y)
    }

    private func symbol(_ item: Item, x: Double, middle: Double) -> Node {
        switch item.symbol {
        case .swatch:
            return .rect(x: x, y: middle - 5, width: 12, height: 10, [Attribute(.fill, item.color.hex)])
        case .line, .dashedLine:
            return .line(
                x1: x, y1: middle, x2: x + 14, y2: middle,
                [Attribute(.stroke, item.color.hex), Attribute(.strokeWidth, 2)]
                    + (item.symbol == .dashedLine ? [Attribute(.strokeDasharray, "4 3")] : []))
        case .hatched:
            return Hatching.cell(ChartRect(x: x, y: middle - 5, width: 12, height: 10))
        }
    }
}
