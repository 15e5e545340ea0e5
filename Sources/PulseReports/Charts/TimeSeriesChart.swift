import Markup

/// A chart of values by program month: one line per series with an optional interval band (e.g. the
/// 95% CI), labelled background bands (the stages), an optional target rule and point annotations.
///
///     let chart = TimeSeriesChart(
///         title: "Collective efficacy, Ash Grove", description: "Mean rose from 3.2 in month 1 to 3.6 in month 6.",
///         width: 640, height: 260, months: 1...12, monthLabels: ["Feb", "Mar", …],
///         valueDomain: 1...5, valueFormat: .decimal(digits: 1),
///         series: [.init(name: "Ash Grove", points: [.init(month: 1, value: 3.2, interval: 3.0...3.4, label: "3.2")])],
///         bands: [.init(months: 1...4, label: "1 Establish foundations")],
///         target: .init(value: 4, label: "Goal 4.0"))
///     chart.render()  // <svg role="img">…
public struct TimeSeriesChart: Hashable, Sendable {
    public struct Point: Hashable, Sendable {
        public var month: Int
        public var value: Double
        /// The interval around the value (e.g. 95% CI), if any.
        public var interval: ClosedRange<Double>?
        /// Text shown above the point, if any.
        public var label: String?

        public init(month: Int, value: Double, interval: ClosedRange<Double>? = nil, label: String? = nil) {
            self.month = month
            self.value = value
            self.interval = interval
            self.label = label
        }
    }

    public struct Series: Hashable, Sendable {
        public var name: String
        /// Points in any order; a month without a point breaks the line.
        public var points: [Point]

        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
    }

    public struct Band: Hashable, Sendable {
        public var months: ClosedRange<Int>
        public var label: String

        public init(months: ClosedRange<Int>, label: String) {
            self.months = months
            self.label = label
        }
    }

    public struct Target: Hashable, Sendable {
        public var value: Double
        public var label: String

        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    public struct Annotation: Hashable, Sendable {
        public var month: Int
        public var value: Double
        public var label: String
        public var detail: String?

        public init(month: Int, value: Double, label: String, detail: String? = nil) {
            self.month = month
            self.value = value
            self.label = label
            self.detail = detail
        }
    }

    public var title: String
    public var description: String
    public var width: Double
    public var height: Double
    public var months: ClosedRange<Int>
    /// `monthLabels[i]` names month `months.lowerBound + i`, e.g. "Feb".
    public var monthLabels: [String]
    /// The value axis; widened to round ticks.
    public var valueDomain: ClosedRange<Double>
    public var valueFormat: TickFormat
    public var series: [Series]
    public var bands: [Band]
    public var target: Target?
    public var annotations: [Annotation]
    /// Label for the interval entry in the legend, e.g. "95% confidence interval".
    public var intervalLegend: String

    public init(
        title: String, description: String, width: Double, height: Double, months: ClosedRange<Int>,
        monthLabels: [String], valueDomain: ClosedRange<Double>, valueFormat: TickFormat = .automatic,
        series: [Series], bands: [Band] = [], target: Target? = nil, annotations: [Annotation] = [],
        intervalLegend: String = "95% interval"
    ) {
        self.title = title
        self.description = description
        self.width = width
        self.height = height
        self.months = months
        self.monthLabels = monthLabels
        self.valueDomain = valueDomain
        self.valueFormat = valueFormat
        self.series = series
        self.bands = bands
        self.target = target
        self.annotations = annotations
        self.intervalLegend = intervalLegend
    }

    /// The chart as an accessible `<svg>`.
    public func render() -> Node {
        let hasIntervals = series.contains { $0.points.contains { $0.interval != nil } }
        let legendItems =
            (series.count > 1 || hasIntervals
                ? series.enumerated().map { Legend.Item(label: $1.name, color: color(of: $0), symbol: .line) } : [])
            + (hasIntervals ? [Legend.Item(label: intervalLegend, color: color(of: 0).mixed(with: .white, 0.8))] : [])
        let legend = Legend(items: legendItems).render(x: 8, y: 4, width: width - 16)

        let probe = LinearScale(domain: valueDomain, range: 0...1).nice()
        let labelWidth =
            probe.ticks().map {
                TextMetrics.width(
                    of: valueFormat.text($0, automaticDigits: probe.tickDigits()), fontSize: ChartCanvas.fontSize)
            }.max() ?? 0
        let top = legend.height + (legend.height > 0 ? 8 : 4) + (bands.isEmpty ? 8 : 4)
        let plot = ChartRect(x: 0, y: 0, width: width, height: height)
            .inset(top: top, right: 12, bottom: 24, left: labelWidth + 12)
        let x = TimeScale(months: months, range: plot.horizontal)
        let y = LinearScale(domain: probe.domain, range: plot.vertical, reversed: true)

        var layers: [Node] = []
        if !bands.isEmpty {
            layers.append(
                RegionMark(
                    regions: bands.map {
                        .init(
                            from: Double($0.months.lowerBound) - 0.5, to: Double($0.months.upperBound) + 0.5,
                            label: $0.label)
                    }
                ).render(x: x, in: plot))
        }
        layers.append(Axis.linear(y, edge: .left, format: valueFormat, gridlines: true).render(in: plot))
        layers.append(Axis.months(x, labels: monthLabels, maxTicks: max(2, Int(plot.width / 40))).render(in: plot))
        for (index, series) in series.enumerated() where hasIntervals {
            let intervals = monthly(series) { point in
                point.interval.map {
                    AreaBandMark.Interval(x: Double(point.month), low: $0.lowerBound, high: $0.upperBound)
                }
            }
            layers.append(AreaBandMark(intervals: intervals, color: color(of: index)).render(x: x, y: y))
        }
        if let target {
            layers.append(RuleMark(value: target.value, label: target.label).render(y: y, in: plot))
        }
        for (index, series) in series.enumerated() {
            let points = monthly(series) { ChartPoint(x: Double($0.month), y: $0.value) }
            let dots = series.points.map { DotMark.Dot(x: Double($0.month), y: $0.value, label: $0.label) }
            layers.append(
                .g(
                    [Attribute(.class, "series"), Attribute(.ariaLabel, series.name)],
                    [
                        LineMark(points: points, color: color(of: index)).render(x: x, y: y),
                        DotMark(dots: dots, color: color(of: index)).render(x: x, y: y),
                    ]))
        }
        if !annotations.isEmpty {
            let notes = annotations.map {
                AnnotationMark.Note(x: Double($0.month), y: $0.value, label: $0.label, detail: $0.detail)
            }
            layers.append(AnnotationMark(notes: notes).render(x: x, y: y))
        }
        return ChartCanvas.svg(
            width: width, height: height, title: title, description: description, [legend.node] + layers)
    }

    private func color(of index: Int) -> Color { Palette.categorical[index % Palette.categorical.count] }

    /// One entry per month of the axis: the series' point for that month, transformed, or nil.
    private func monthly<T>(_ series: Series, _ transform: (Point) -> T?) -> [T?] {
        let byMonth = Dictionary(series.points.map { ($0.month, $0) }, uniquingKeysWith: { _, last in last })
        return months.map { byMonth[$0].flatMap(transform) }
    }
}
