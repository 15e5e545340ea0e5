import Markup

/// A shaded band between a low and a high value at each x, e.g. a 95% confidence interval; a nil entry
/// breaks the band.
///
///     AreaBandMark(intervals: [.init(x: 1, low: 3.0, high: 3.4), .init(x: 2, low: 3.1, high: 3.5)],
///                  color: Palette.categorical[0]).render(x: months, y: values)
public struct AreaBandMark: Hashable, Sendable {
    public struct Interval: Hashable, Sendable {
        public var x: Double
        public var low: Double
        public var high: Double

        public init(x: Double, low: Double, high: Double) {
            self.x = x
            self.low = low
            self.high = high
        }
    }

    public var intervals: [Interval?]
    public var color: Color
    public var opacity: Double

    public init(intervals: [Interval?], color: Color, opacity: Double = 0.18) {
        self.intervals = intervals
        self.color = color
        self.opacity = opacity
    }

    public func render(x: some PositionScale, y: some PositionScale) -> Node {
        var path = PathData()
        for run in definedRuns(intervals) {
            path = path.move(to: x.position(run[0].x), y.position(run[0].high))
            for interval in run.dropFirst() { path = path.line(to: x.position(interval.x), y.position(interval.high)) }
            for interval in run.reversed() { path = path.line(to: x.position(interval.x), y.position(interval.low)) }
            path = path.close()
        }
        return .path(
            d: path,
            [Attribute(.class, "interval"), Attribute(.fill, color.hex), Attribute(.fillOpacity, opacity)])
    }
}
