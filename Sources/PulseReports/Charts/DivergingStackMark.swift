import Markup

/// Stacked bars of category shares centred on the neutral category: categories below it stack left of
/// zero, those above it stack right, and an odd middle category straddles zero. Each segment shows its
/// label when the label fits, in black or white for contrast.
///
///     DivergingStackMark(rows: [.init(shares: [0.1, 0.2, 0.3, 0.3, 0.1], labels: ["10%", "20%", "30%", "30%", "10%"])],
///                        colors: Palette.diverging(classes: 5)).render(rows: rows, x: shares)
public struct DivergingStackMark: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        /// Shares per category, low to high, in 0…1.
        public var shares: [Double]
        /// An already-written label per share; "" for none.
        public var labels: [String]

        public init(shares: [Double], labels: [String]) {
            self.shares = shares
            self.labels = labels
        }

        /// How far the row reaches left and right of zero.
        public var extent: (left: Double, right: Double) {
            let offset = DivergingStackMark.leftOffset(shares)
            return (offset, shares.reduce(0, +) - offset)
        }
    }

    public var rows: [Row]
    /// One colour per category.
    public var colors: [Color]

    public init(rows: [Row], colors: [Color]) {
        self.rows = rows
        self.colors = colors
    }

    /// The total share left of zero: the categories below the middle and half of an odd middle one.
    static func leftOffset(_ shares: [Double]) -> Double {
        let half = shares.count / 2
        let middle = shares.count % 2 == 1 ? shares[half] / 2 : 0
        return shares.prefix(half).reduce(0, +) + middle
    }

    public func render(rows band: BandScale, x: LinearScale) -> Node {
        let fontSize = ChartCanvas.fontSize
        return .g(
            [Attribute(.class, "diverging")],
            rows.enumerated().flatMap { index, row -> [Node] in
                var cursor = -Self.leftOffset(row.shares)
                return row.shares.enumerated().flatMap { category, share -> [Node] in
                    let (start, end) = (x.position(cursor), x.position(cursor + share))
                    cursor += share
                    guard share > 0 else { return [] }
                    let fill = colors[category % colors.count]
                    let label = row.labels.indices.contains(category) ? row.labels[category] : ""
                    let rect = Node.rect(
                        x: start, y: band.start(of: index), width: end - start, height: band.bandwidth,
                        [Attribute(.fill, fill.hex)])
                    guard !label.isEmpty, TextMetrics.width(of: label, fontSize: fontSize) + 4 <= end - start else {
                        return [rect]
                    }
                    return [
                        rect,
                        .svgText(
                            label, x: (start + end) / 2, y: band.center(of: index),
                            [
                                Attribute(.textAnchor, "middle"), Attribute(.dominantBaseline, "middle"),
                                Attribute(.fill, Color.textColor(on: fill).hex),
                            ]),
                    ]
                }
            })
    }
}
