import Markup

/// Heatmap cells on a row × column grid: a value cell is filled by the colour scale and shows its text
/// in black or white for contrast; a suppressed cell is grey and hatched and shows only its text (it
/// never receives a number).
///
///     HeatmapCellMark(cells: [.init(row: 0, column: 0, content: .value(3.4, text: "3.4"))],
///                     fill: { Palette.divergingRamp.color(at: ($0 - 1) / 4) })
///         .render(rows: rows, columns: columns)
public struct HeatmapCellMark: Sendable {
    /// What one cell shows.
    public enum Content: Hashable, Sendable {
        /// A shown value and its already-written text.
        case value(Double, text: String)
        /// A hidden value: only the text (e.g. "n < 5") is shown.
        case suppressed(text: String)
        /// No data: nothing is drawn.
        case empty
    }

    public struct Cell: Hashable, Sendable {
        public var row: Int
        public var column: Int
        public var content: Content

        public init(row: Int, column: Int, content: Content) {
            self.row = row
            self.column = column
            self.content = content
        }
    }

    public var cells: [Cell]
    /// The fill of a value.
    public var fill: @Sendable (Double) -> Color

    public init(cells: [Cell], fill: @escaping @Sendable (Double) -> Color) {
        self.cells = cells
        self.fill = fill
    }

    public func render(rows: BandScale, columns: BandScale) -> Node {
        .g(
            [Attribute(.class, "cells")],
            cells.compactMap { cell in
                let rect = ChartRect(
                    x: columns.start(of: cell.column), y: rows.start(of: cell.row),
                    width: columns.bandwidth, height: rows.bandwidth)
                let (cx, cy) = (rect.x + rect.width / 2, rect.y + rect.height / 2)
                let centered = [Attribute(.textAnchor, "middle"), Attribute(.dominantBaseline, "middle")]
                switch cell.content {
                case .empty:
                    return nil
                case .value(let value, let text):
                    let color = fill(value)
                    return .g(
                        [Attribute(.class, "cell")],
                        [
                            .rect(
                                x: rect.x, y: rect.y, width: rect.width, height: rect.height,
                                [Attribute(.fill, color.hex)]),
                            .svgText(text, x: cx, y: cy, centered + [Attribute(.fill, Color.textColor(on: color).hex)]),
                        ])
                case .suppressed(let text):
                    return .g(
                        [Attribute(.class, "cell cell-suppressed")],
                        [
                            Hatching.cell(rect),
                            HaloText.node(
                                text, x: cx, y: cy, anchor: "middle",
                                [Attribute(.dominantBaseline, "middle"), Attribute(.fill, Palette.ink.hex)]),
                        ])
                }
            })
    }
}
