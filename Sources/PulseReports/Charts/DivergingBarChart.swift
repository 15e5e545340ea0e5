import Markup

/// Likert distributions as diverging stacked bars: one row per group, categories from the lowest
/// (left) to the highest (right), centred on the neutral category, with a legend of the categories.
///
///     DivergingBarChart(
///         title: "Answers to 'I feel supported'", description: "Ash Grove: 62% agree, 18% disagree.",
///         width: 640, categories: ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"],
///         rows: [.init(label: "Ash Grove", shares: [0.06, 0.12, 0.2, 0.42, 0.2],
///                      shareLabels: ["6%", "12%", "20%", "42%", "20%"])]).render()
public struct DivergingBarChart: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var label: String
        /// Share per category, low to high, in 0…1.
        public var shares: [Double]
        /// Already-written label per share ("" for none); shown when it fits its segment.
        public var shareLabels: [String]

        public init(label: String, shares: [Double], shareLabels: [String]) {
            self.label = label
            self.shares = shares
            self.shareLabels = shareLabels
        }
    }

    public var title: String
    public var description: String
    public var width: Double
    public var rowHeight: Double
    /// Category names, low to high (the scale's labels).
    public var categories: [String]
    public var rows: [Row]

    public init(
        title: String, description: String, width: Double, rowHeight: Double = 28, categories: [String], rows: [Row]
    ) {
        self.title = title
        self.description = description
        self.width = width
        self.rowHeight = rowHeight
        self.categories = categories
        self.rows = rows
    }

    /// The chart as an accessible `<svg>`; its height follows from the legend and the number of rows.
    public func render() -> Node {
        let colors = Palette.diverging(classes: categories.count)
        let legend = Legend(items: zip(categories, colors).map { Legend.Item(label: $0, color: $1) })
            .render(x: 8, y: 4, width: width - 16)
        let height = legend.height + 12 + Double(rows.count) * rowHeight + 24
        let labels = RowLabels(labels: rows.map(\.label), maxWidth: width * 0.3)
        let plot = ChartRect(x: 0, y: 0, width: width, height: height)
            .inset(top: legend.height + 12, right: 12, bottom: 24, left: labels.width + 12)
        let stackRows = rows.map { DivergingStackMark.Row(shares: $0.shares, labels: $0.shareLabels) }
        let reach = min(1, max(0.25, stackRows.map { max($0.extent.left, $0.extent.right) }.max() ?? 0.5))
        let x = LinearScale(domain: -reach...reach, range: plot.horizontal).nice(count: 4)
        let band = BandScale(count: rows.count, range: plot.vertical, padding: 0.2)
        let zero = x.position(0)
        return ChartCanvas.svg(
            width: width, height: height, title: title, description: description,
            [
                legend.node,
                Axis.linear(x, edge: .bottom, count: 4, format: .percentMagnitude(digits: 0), gridlines: true)
                    .render(in: plot),
                labels.render(rows: band, right: plot.x - 6),
                DivergingStackMark(rows: stackRows, colors: colors).render(rows: band, x: x),
                .line(
                    x1: zero, y1: plot.y, x2: zero, y2: plot.maxY,
                    [Attribute(.stroke, Palette.ink.hex), Attribute(.strokeWidth, 1)]),
            ])
    }
}
