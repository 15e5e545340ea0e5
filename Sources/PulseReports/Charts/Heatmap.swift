import Markup

/// A grid of values, rows × columns (e.g. schools × dimensions), each cell coloured by its value and
/// showing its text; a suppressed cell is grey and hatched and shows only its text.
///
///     Heatmap(title: "Dimension means by school", description: "…", width: 640,
///             rowLabels: ["Ash Grove", "Birch Hill"], columnLabels: ["Climate", "Efficacy"],
///             cells: [[.value(3.4, text: "3.4"), .suppressed(text: "n < 5")],
///                     [.value(2.9, text: "2.9"), .value(3.8, text: "3.8")]],
///             coloring: .diverging(domain: 1...5, midpoint: 3)).render()
public struct Heatmap: Hashable, Sendable {
    /// What one cell shows.
    public typealias Cell = HeatmapCellMark.Content

    /// How values map to colours.
    public enum Coloring: Hashable, Sendable {
        /// Light (low) to dark blue (high) across the domain.
        case sequential(domain: ClosedRange<Double>)
        /// Red (low) through light grey (midpoint) to blue (high).
        case diverging(domain: ClosedRange<Double>, midpoint: Double)

        /// The fill for `value`.
        public func color(for value: Double) -> Color {
            switch self {
            case .sequential(let domain):
                let span = domain.upperBound - domain.lowerBound
                return Palette.sequential.color(at: span == 0 ? 0.5 : (value - domain.lowerBound) / span)
            case .diverging(let domain, let midpoint):
                let below = midpoint - domain.lowerBound
                let above = domain.upperBound - midpoint
                let t =
                    value < midpoint
                    ? 0.5 - 0.5 * (below == 0 ? 0 : (midpoint - value) / below)
                    : 0.5 + 0.5 * (above == 0 ? 0 : (value - midpoint) / above)
                return Palette.divergingRamp.color(at: t)
            }
        }
    }

    public var title: String
    public var description: String
    public var width: Double
    public var rowHeight: Double
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// `cells[row][column]`; missing cells are empty.
    public var cells: [[Cell]]
    public var coloring: Coloring
    /// The end labels of a stepped colour bar in the legend, e.g. "1 low" and "5 high".
    public struct LegendEnds: Hashable, Sendable {
        public var low: String
        public var high: String

        public init(low: String, high: String) {
            self.low = low
            self.high = high
        }
    }

    /// The colour bar's end labels; nil for no colour bar.
    public var legendEnds: LegendEnds?
    /// Legend entry for the hatched cells, e.g. "Hidden: fewer than 5 responses"; nil for none.
    public var suppressedLegend: String?

    public init(
        title: String, description: String, width: Double, rowHeight: Double = 28, rowLabels: [String],
        columnLabels: [String], cells: [[Cell]], coloring: Coloring, legendEnds: LegendEnds? = nil,
        suppressedLegend: String? = nil
    ) {
        self.title = title
        self.description = description
        self.width = width
        self.rowHeight = rowHeight
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.cells = cells
        self.coloring = coloring
        self.legendEnds = legendEnds
        self.suppressedLegend = suppressedLegend
    }

    /// The chart as an accessible `<svg>`; its height follows from the legend, the column labels and the
    /// number of rows.
    public func render() -> Node {
        let legend = Legend(items: legendItems).render(x: 8, y: 4, width: width - 16)
        // A row label, or an angled column label, is at most this long.
        let maxLabelWidth = width * 0.3
        let labels = RowLabels(labels: rowLabels, maxWidth: maxLabelWidth)
        let (left, right, padding) = (labels.width + 12, width - 4, 0.04)
        let widest = BandScale(count: columnLabels.count, range: left...max(left, right), padding: padding)
        let columnHeads = ColumnLabels(
            labels: columnLabels, columnWidth: widest.step - 4, maxAngledWidth: maxLabelWidth)
        let height = legend.height + 8 + columnHeads.height + Double(rowLabels.count) * rowHeight + 4
        let plot = ChartRect(x: 0, y: 0, width: width, height: height)
            .inset(
                top: legend.height + 8 + columnHeads.height,
                right: width - columnHeads.right(left: left, limit: right, padding: padding), bottom: 4, left: left)
        let rows = BandScale(count: rowLabels.count, range: plot.vertical, padding: 0.06)
        let columns = BandScale(count: columnLabels.count, range: plot.horizontal, padding: padding)
        let markCells = cells.enumerated().flatMap { row, values in
            values.enumerated().map { HeatmapCellMark.Cell(row: row, column: $0, content: $1) }
        }
        let coloring = self.coloring
        return ChartCanvas.svg(
            width: width, height: height, title: title, description: description,
            [
                legend.node, columnHeads.render(columns: columns, bottom: plot.y),
                labels.render(rows: rows, right: plot.x - 6),
                HeatmapCellMark(cells: markCells, fill: { coloring.color(for: $0) }).render(
                    rows: rows, columns: columns),
            ])
    }

    /// A five-step colour bar between the two end labels, then the suppressed entry.
    private var legendItems: [Legend.Item] {
        var items: [Legend.Item] = []
        if let legendEnds {
            let ramp: ColorRamp
            switch coloring {
            case .sequential: ramp = Palette.sequential
            case .diverging: ramp = Palette.divergingRamp
            }
            let steps = ramp.samples(5)
            items.append(Legend.Item(label: legendEnds.low, color: steps[0]))
            items += steps.dropFirst().dropLast().map { Legend.Item(label: "", color: $0) }
            items.append(Legend.Item(label: legendEnds.high, color: steps[4]))
        }
        if let suppressedLegend {
            items.append(Legend.Item(label: suppressedLegend, color: Palette.suppressed, symbol: .hatched))
        }
        return items
    }
}
