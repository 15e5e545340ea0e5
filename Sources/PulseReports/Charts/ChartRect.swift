/// A rectangle in SVG user units, e.g. the plot area inside a chart's margins.
///
///     let plot = ChartRect(x: 0, y: 0, width: 640, height: 240)
///         .inset(top: 20, right: 12, bottom: 24, left: 40)
///     plot.maxX  // 628
public struct ChartRect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var horizontal: ClosedRange<Double> { x...max(x, maxX) }
    public var vertical: ClosedRange<Double> { y...max(y, maxY) }

    /// The rectangle shrunk by the given margins (never below zero size).
    public func inset(top: Double, right: Double, bottom: Double, left: Double) -> ChartRect {
        ChartRect(
            x: x + left, y: y + top, width: max(0, width - left - right), height: max(0, height - top - bottom))
    }
}
