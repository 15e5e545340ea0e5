import Markup

/// A horizontal line across the plot at one value, e.g. a goal, labelled at its right end.
///
///     RuleMark(value: 0.75, label: "Goal 75%").render(y: shares, in: plot)
public struct RuleMark: Hashable, Sendable {
    public var value: Double
    public var label: String?
    public var color: Color

    public init(value: Double, label: String? = nil, color: Color = Palette.ink) {
        self.value = value
        self.label = label
        self.color = color
    }

    public func render(y: some PositionScale, in plot: ChartRect) -> Node {
        let position = y.position(value)
        let line = Node.line(
            x1: plot.x, y1: position, x2: plot.maxX, y2: position,
            [Attribute(.stroke, color.hex), Attribute(.strokeWidth, 1.5), Attribute(.strokeDasharray, "6 4")])
        let text = label.map { [HaloText.node($0, x: plot.maxX - 2, y: position - 4, anchor: "end")] } ?? []
        return .g([Attribute(.class, "rule")], [line] + text)
    }
}
