import Markup

/// A point in data space.
public struct ChartPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A line through points in order; a nil point breaks it (a month with no shown value).
///
///     LineMark(points: [ChartPoint(x: 1, y: 3.2), nil, ChartPoint(x: 3, y: 3.5)], color: Palette.categorical[0])
///         .render(x: months, y: values)
public struct LineMark: Hashable, Sendable {
    public var points: [ChartPoint?]
    public var color: Color
    public var width: Double

    public init(points: [ChartPoint?], color: Color, width: Double = 2) {
        self.points = points
        self.color = color
        self.width = width
    }

    public func render(x: some PositionScale, y: some PositionScale) -> Node {
        var path = PathData()
        for run in definedRuns(points) {
            path = path.move(to: x.position(run[0].x), y.position(run[0].y))
            for point in run.dropFirst() { path = path.line(to: x.position(point.x), y.position(point.y)) }
        }
        return .path(
            d: path,
            [
                Attribute(.class, "line"), Attribute(.fill, "none"), Attribute(.stroke, color.hex),
                Attribute(.strokeWidth, width), Attribute(.strokeLinejoin, "round"), Attribute(.strokeLinecap, "round"),
            ])
    }
}
