import Markup

/// A word-sized line of values by month for a table cell: no axes, the last value marked with a dot.
///
///     Sparkline(title: "Climate, months 1–6", description: "3.1, 3.2, 3.4, 3.3, 3.5, 3.6",
///               values: [3.1, 3.2, 3.4, nil, 3.5, 3.6], domain: 1...5).render()
public struct Sparkline: Hashable, Sendable {
    public var title: String
    public var description: String
    /// One value per month, in order; nil breaks the line.
    public var values: [Double?]
    /// The value range drawn top to bottom; nil uses the values' own range.
    public var domain: ClosedRange<Double>?
    public var width: Double
    public var height: Double
    public var color: Color

    public init(
        title: String, description: String, values: [Double?], domain: ClosedRange<Double>? = nil,
        width: Double = 80, height: Double = 20, color: Color = Palette.categorical[0]
    ) {
        self.title = title
        self.description = description
        self.values = values
        self.domain = domain
        self.width = width
        self.height = height
        self.color = color
    }

    /// The sparkline as an accessible `<svg>`.
    public func render() -> Node {
        let shown = values.compactMap { $0 }
        let plot = ChartRect(x: 0, y: 0, width: width, height: height).inset(top: 3, right: 3, bottom: 3, left: 3)
        let range = domain ?? ((shown.min() ?? 0)...(shown.max() ?? 1))
        let x = LinearScale(domain: 0...Double(max(1, values.count - 1)), range: plot.horizontal)
        let y = LinearScale(domain: range, range: plot.vertical, reversed: true)
        let points = values.enumerated().map { index, value in value.map { ChartPoint(x: Double(index), y: $0) } }
        let last = points.last { $0 != nil }.flatMap { $0 }.map { [DotMark.Dot(x: $0.x, y: $0.y)] } ?? []
        return ChartCanvas.svg(
            width: width, height: height, title: title, description: description,
            [
                LineMark(points: points, color: color, width: 1.5).render(x: x, y: y),
                DotMark(dots: last, color: color, radius: 2).render(x: x, y: y),
            ])
    }
}
