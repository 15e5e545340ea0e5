import Markup

/// Dots at points, each with an optional label above it.
///
///     DotMark(dots: [.init(x: 12, y: 3.6, label: "3.6")], color: Palette.categorical[0])
///         .render(x: months, y: values)
public struct DotMark: Hashable, Sendable {
    public struct Dot: Hashable, Sendable {
        public var x: Double
        public var y: Double
        public var label: String?

        public init(x: Double, y: Double, label: String? = nil) {
            self.x = x
            self.y = y
            self.label = label
        }
    }

    public var dots: [Dot]
    public var color: Color
    public var radius: Double

    public init(dots: [Dot], color: Color, radius: Double = 3) {
        self.dots = dots
        self.color = color
        self.radius = radius
    }

    public func render(x: some PositionScale, y: some PositionScale) -> Node {
        .g(
            [Attribute(.class, "dots")],
            dots.flatMap { dot -> [Node] in
                let (cx, cy) = (x.position(dot.x), y.position(dot.y))
                let circle = Node.circle(
                    cx: cx, cy: cy, r: radius,
                    [Attribute(.fill, color.hex), Attribute(.stroke, "#ffffff"), Attribute(.strokeWidth, 1)])
                guard let label = dot.label else { return [circle] }
                return [circle, HaloText.node(label, x: cx, y: cy - radius - 4, anchor: "middle")]
            })
    }
}
