import CSV
import Foundation

/// Every record of a CSV file as strings, read by the project's reader; a rejected record fails the test
/// that reads it (the toolkit never writes one).
enum CSVFile {
    struct Rejected: Error, CustomStringConvertible {
        var description: String
    }

    static func cells(_ url: URL) throws -> [[String]] {
        try cells(of: CSVReader(url: url))
    }

    static func cells(bytes: [UInt8]) throws -> [[String]] {
        try cells(of: CSVReader(bytes: bytes))
    }

    private static func cells(of reader: CSVReader) throws -> [[String]] {
        var rows: [[String]] = []
        while let record = reader.next() {
            guard !record.isRejected else { throw Rejected(description: "\(record.issues)") }
            rows.append(record.strings)
        }
        return rows
    }
}

/// The formula rule of PRODUCT.md for one written cell: it does not start with `=`, `+`, `-`, `@`, tab or
/// carriage return, unless it is a number.
enum FormulaCheck {
    static func isSafe(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return true }
        return Double(cell) != nil
    }
}
