import CSV
import PulseStats

/// The tidy statistics table of `pulse stats` as CSV (formula-safe) or JSON: one row per
/// (period, level, group, role, measure) in the table's stable order. `StatsExportWriter` writes the
/// same bytes in pieces.
///
///     let csv = StatsExport.csv(table.rows)
public enum StatsExport {
    public static var columns: [String] { StatsColumns.names }

    public static func csv(_ rows: [FigureRow]) -> [UInt8] { encoded(rows, as: .csv) }

    /// A JSON array of objects with the CSV's columns as keys, in the same order.
    public static func json(_ rows: [FigureRow]) -> [UInt8] { encoded(rows, as: .json) }

    /// A JSON object on one line: each name with its cell.
    static func jsonObject(names: [String], cells: [CSVCell]) -> String {
        let members = zip(names, cells).map { name, cell in
            JSONText.string(name) + ": " + value(cell)
        }
        return "{" + members.joined(separator: ", ") + "}"
    }

    private static func encoded(_ rows: [FigureRow], as format: StatsExportWriter.Format) -> [UInt8] {
        var bytes: [UInt8] = []
        var writer = StatsExportWriter(format: format, chunkBytes: .max) { bytes += $0 }
        // The output closure only appends to memory: it cannot throw.
        try! writer.write(rows)
        try! writer.finish()
        return bytes
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
