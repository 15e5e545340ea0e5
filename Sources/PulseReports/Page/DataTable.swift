import Markup

/// The numbers behind a chart (or any tabular list) as an accessible table: a caption, column heads,
/// rows whose first cell heads the row. Wrapped so a wide table scrolls on a phone.
///
///     DataTable(caption: "Response rate by school", columns: [.text("School"), .number("Rate")],
///               rows: [[.text("Ash Grove"), .text("72%")]]).render()
public struct DataTable: Sendable {
    /// A column head; numeric columns are right-aligned.
    public struct Column: Hashable, Sendable {
        public var title: String
        public var numeric: Bool

        public static func text(_ title: String) -> Column { Column(title: title, numeric: false) }
        public static func number(_ title: String) -> Column { Column(title: title, numeric: true) }
    }

    /// One cell: text, or a prepared node (e.g. a suppression label or a change).
    public enum Cell: Sendable {
        case text(String)
        case node(Node)
    }

    public var caption: String
    public var columns: [Column]
    public var rows: [[Cell]]

    public init(caption: String, columns: [Column], rows: [[Cell]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    public func render() -> Node {
        let header = columns.map { column in
            Node.element(
                .th, [Attribute(.scope, "col")] + (column.numeric ? [Attribute(.class, "num")] : []),
                [.text(column.title)])
        }
        let body = rows.map { row in
            row.enumerated().map { index, cell -> Node in
                let numeric = columns.indices.contains(index) && columns[index].numeric
                switch cell {
                case .node(let node): return node
                case .text(let text) where index == 0: return .th(text, scope: .row)
                case .text(let text): return .td(class: numeric ? "num" : nil, text)
                }
            }
        }
        return .div(class: "table-wrap", [.table(caption: caption, header: header, rows: body)])
    }
}
