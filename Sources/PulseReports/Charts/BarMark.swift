import Markup

/// Horizontal bars, one per row of a band scale, from zero to the value, with the value's label
/// just past the bar's end.
///
///     BarMark(bars: [.init(row: 0, value: 0.72, label: "72%")], color: Palette.categorical[0])
///         .render(rows: rows, length: shares)
public struct BarMark: Hashable, Sendable {
    public struct Bar: Hashable, Sendable {
        public var row: Int
        public var value: Double
        public var label: String

        public init(row: Int, value: Double, label: String) {
            self.row = row
            self.value = value
            self.label = label
        }
    }

    public var bars: [Bar]
    public var color: Color

    public init(bars: [Bar], color: Color) {
        self.bars = bars
        self.color = color
    }

    public func render(rows: BandScale, length: LinearScale) -> Node {
        let zero = length.position(0)
        return .g(
            [Attribute(.class, "bars")],
            bars.flatMap { bar -> [Node] in
                let end = length.position(bar.value)
                let (left, right) = (min(zero, end), max(zero, end))
                let outward = bar.value < 0 ? -4.0 : 4.0
                return [
                    .rect(
                        x: left, y: rows.start(of: bar.row), width: right - left, height: rows.bandwidth,
                        [Attribute(.fill, color.hex)]),
                    .svgText(
                        bar.label, x: end + outward, y: rows.center(of: bar.row),
                        [
                            Attribute(.textAnchor, bar.value < 0 ? "end" : "start"),
                            Attribute(.dominantBaseline, "middle"),
                        ]),
                ]
            })
    }
}
