import CSV
import PulseStats

/// The tidy statistics table of `pulse stats` as CSV (formula-safe) or JSON: one row per
/// (period, level, group, role, measure) in the table's stable order.
///
///     let csv = StatsExport.csv(table.rows)
public enum StatsExport {
    public static var columns: [String] { StatsColumns.names }

    public static func csv(_ rows: [FigureRow]) -> [UInt8] {
        var writer = CSVWriter()
        writer.writeRow(StatsColumns.names)
        for row in rows { writer.writeRow(StatsColumns.cells(row)) }
        return writer.bytes
    }

    /// A JSON array of objects with the CSV's columns as keys, in the same order.
    public static func json(_ rows: [FigureRow]) -> [UInt8] {
        var out = "[\n"
        for (index, row) in rows.enumerated() {
            let members = zip(StatsColumns.names, StatsColumns.cells(row)).map { name, cell in
                JSONText.string(name) + ": " + value(cell)
            }
            out += "  {" + members.joined(separator: ", ") + "}" + (index == rows.count - 1 ? "\n" : ",\n")
        }
        out += "]\n"
        return Array(out.utf8)
    }

    private static func value(_ cell: CSVCell) -> String {
        switch cell {
        case .text(let text): JSONText.string(text)
        case .int(let value): String(value)
        case .double(let value): JSONText.number(value)
        case .empty: "null"
        }
    }
}
