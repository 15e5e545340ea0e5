import Markup

/// Horizontal bars with value labels, one row per item, e.g. response rates by school.
///
///     BarChart(title: "Response rate by school", description: "Ash Grove 72%, Birch Hill 64%.",
///              width: 480, bars: [.init(label: "Ash Grove", value: 0.72, valueLabel: "72%")],
///              domain: 0...1, valueFormat: .percent(digits: 0)).render()
public struct BarChart: Hashable, Sendable {
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Double
        public var valueLabel: String

        public init(label: String, value: Double, valueLabel: String) {
            self.label = label
            self.value = value
            self.valueLabel = valueLabel
        }
    }

    public var title: String
    public var description: String
    public var width: Double
    /// Height of one row; the chart's height follows from the number of bars.
    public var rowHeight: Double
    public var bars: [Bar]
    /// The value axis; nil runs from 0 (or the smallest value) to the largest, widened to round ticks.
    public var domain: ClosedRange<Double>?
    public var valueFormat: TickFormat
    public var color: Color

    public init(
        title: String, description: String, width: Double, rowHeight: Double = 24, bars: [Bar],
        domain: ClosedRange<Double>? = nil, valueFormat: TickFormat = .automatic, color: Color = Palette.categorical[0]
    ) {
        self.title = title
        self.description = description
        self.width = width
        self.rowHeight = rowHeight
        self.bars = bars
        self.domain = domain
        self.valueFormat = valueFormat
        self.color = color
    }

    /// The chart's height for its bars.
    public var height: Double { Double(bars.count) * rowHeight + 8 + 24 }

    /// The chart as an accessible `<svg>`.
    public func render() -> Node {
        let labels = RowLabels(labels: bars.map(\.label), maxWidth: width * 0.35)
        let valueRoom =
            (bars.map { TextMetrics.width(of: $0.valueLabel, fontSize: ChartCanvas.fontSize) }.max() ?? 0) + 8
        let plot = ChartRect(x: 0, y: 0, width: width, height: height)
            .inset(top: 8, right: valueRoom, bottom: 24, left: labels.width + 12)
        let values = bars.map(\.value)
        let extent = domain ?? (min(0, values.min() ?? 0)...max(0, values.max() ?? 1))
        let length = LinearScale(domain: extent, range: plot.horizontal).nice()
        let rows = BandScale(count: bars.count, range: plot.vertical, padding: 0.25)
        let marks = bars.enumerated().map { BarMark.Bar(row: $0, value: $1.value, label: $1.valueLabel) }
        return ChartCanvas.svg(
            width: width, height: height, title: title, description: description,
            [
                Axis.linear(length, edge: .bottom, format: valueFormat, gridlines: true).render(in: plot),
                labels.render(rows: rows, right: plot.x - 6),
                BarMark(bars: marks, color: color).render(rows: rows, length: length),
            ])
    }
}
