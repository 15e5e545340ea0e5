import Markup

/// A chart as a page shows it: a title, a one-sentence takeaway written from the data, the SVG (which
/// carries its own `<title>` and `<desc>`), and its numbers in a table inside `<details>`. On a phone the
/// chart keeps a readable width and scrolls sideways.
///
///     ChartFigure(title: "Trust by month", takeaway: trend.takeaway, chart: chart.render(),
///                 table: DataTable(caption: "Trust by month", columns: …, rows: …)).render()
public struct ChartFigure: Sendable {
    public var title: String
    public var takeaway: Takeaway
    public var chart: Node
    public var table: DataTable
    /// Extra notes under the chart (e.g. signals, rules not yet applicable).
    public var notes: [String]

    public init(title: String, takeaway: Takeaway, chart: Node, table: DataTable, notes: [String] = []) {
        self.title = title
        self.takeaway = takeaway
        self.chart = chart
        self.table = table
        self.notes = notes
    }

    public func render() -> Node {
        .element(
            .figure, [Attribute(.class, "chart")],
            [.h3(title), .p(class: "takeaway", takeaway.text), .div(class: "chart-scroll", [chart])]
                + notes.map { .p(class: "note", $0) }
                + [.details(summary: "The numbers", [table.render()])])
    }
}
