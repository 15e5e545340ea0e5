import CSV
import Foundation
import PulseModel

/// A CSV file of a dataset read by column name: header names match ignoring case and surrounding
/// spaces, columns may come in any order, extra columns are reported once, a missing required column
/// is an error that rejects every row, and a row with the wrong number of fields is rejected.
///
/// Cells are read as `CSVWriter` wrote them: the apostrophe it puts before a formula start (`'=x`) is
/// taken off again (`CSVCell.restoringFormulaText`), so the toolkit's own files load back unchanged.
struct Table {
    /// The file's path relative to the dataset folder, as printed in diagnostics.
    let file: String
    private let reader: CSVReader
    private(set) var tally: FileTally
    /// Normalised header name → field index.
    let columns: [String: Int]
    let headerCount: Int
    /// False when a required column is missing: every row is then rejected.
    let usable: Bool

    /// Opens a table and reads its header. Returns nil (with a diagnostic) when the file cannot be opened.
    init?(url: URL, file: String, required: [String], optional: [String], log: inout DiagnosticLog) {
        guard let reader = try? CSVReader(url: url) else {
            log.error(file, "cannot open the file")
            return nil
        }
        self.init(reader: reader, file: file, required: required, optional: optional, log: &log)
    }

    init(reader: CSVReader, file: String, required: [String], optional: [String], log: inout DiagnosticLog) {
        self.reader = reader
        self.file = file
        self.tally = FileTally(file: file)
        var columns: [String: Int] = [:]
        var headerCount = 0
        var usable = true
        if let header = reader.next() {
            Self.report(header.issues, file: file, log: &log)
            headerCount = header.count
            let known = Set(required + optional)
            var extras: [String] = []
            for index in 0..<header.count {
                let name = Self.normalise(CSVCell.restoringFormulaText(header.string(index)))
                if columns[name] != nil {
                    let (line, column) = header.position(index)
                    log.warning(file, line: line, column: column, "column \"\(name)\" repeated; the first one is used")
                    continue
                }
                columns[name] = index
                if !known.contains(name) { extras.append(name.isEmpty ? "(blank)" : name) }
            }
            if !extras.isEmpty {
                // A hostile header may have a million columns: name the first few and count the rest.
                let shown = extras.prefix(Self.extrasNamed).joined(separator: ", ")
                let more = extras.count > Self.extrasNamed ? ", … (\(extras.count) in all)" : ""
                log.warning(file, line: header.line, "extra column(s) ignored: \(shown)\(more)")
            }
            let missing = required.filter { columns[$0] == nil }
            if !missing.isEmpty {
                usable = false
                log.error(
                    file, line: header.line,
                    "missing required column(s): \(missing.joined(separator: ", ")); every row of this file is rejected"
                )
            }
        } else {
            Self.report(reader.fileIssues, file: file, log: &log)
            log.warning(file, "empty file")
        }
        self.columns = columns
        self.headerCount = headerCount
        self.usable = usable
    }

    /// The next row with the header's number of fields, or nil at the end of the file. Rows that the
    /// reader rejected or that have the wrong number of fields are reported, counted and skipped.
    mutating func nextRow(log: inout DiagnosticLog) -> Row? {
        while let record = reader.next() {
            Self.report(record.issues, file: file, log: &log)
            if record.isRejected || !usable {
                tally.reject()
                continue
            }
            if record.count != headerCount {
                // The column of the first missing field, or of the first field too many.
                let column = min(record.count, headerCount) + 1
                log.error(
                    file, line: record.line, column: column,
                    "row has \(record.count) field(s), the header has \(headerCount); row left out")
                tally.reject()
                continue
            }
            return Row(record: record, columns: columns, file: file)
        }
        Self.report(reader.fileIssues, file: file, log: &log)
        return nil
    }

    /// Marks the row last returned as accepted or rejected.
    mutating func settle(accepted: Bool) {
        if accepted { tally.accept() } else { tally.reject() }
    }

    /// How many extra columns the warning about them names.
    static let extrasNamed = 20

    static func normalise(_ name: String) -> String {
        name.trimmingCharacters(in: CharacterSets.whitespacesAndNewlines).lowercased()
    }

    static func report(_ issues: [CSVIssue], file: String, log: inout DiagnosticLog) {
        for issue in issues {
            log.add(
                Diagnostic(
                    file: file, line: issue.line, column: issue.column,
                    severity: issue.severity == .error ? .error : .warning, message: issue.message))
        }
    }
}

/// One row of a `Table`, read by column name.
struct Row {
    let record: CSVRecord
    let columns: [String: Int]
    let file: String

    /// The trimmed text of a column, or "" when the file has no such column.
    func text(_ column: String) -> String { text(at: columns[column]) }

    /// `text(_:)` of the field at an index found once in `Table.columns` (nil: no such column), for a
    /// file of many rows. The usual field, which starts with printable ASCII other than a space or an
    /// apostrophe and ends with printable ASCII other than a space, is its text as it is: its bytes say
    /// so before a `String` is made.
    func text(at index: Int?) -> String {
        guard let index else { return "" }
        let isPlain = record.withBytes(index) { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return (0x21...0x7E).contains(first) && first != UInt8(ascii: "'") && (0x21...0x7E).contains(last)
        }
        if isPlain { return record.string(index) }
        return CSVCell.restoringFormulaText(record.string(index)).trimmedOfWhitespace
    }

    /// The untrimmed text of a column (free text such as comments keeps its spaces).
    func raw(_ column: String) -> String { raw(at: columns[column]) }

    func raw(at index: Int?) -> String {
        guard let index else { return "" }
        return CSVCell.restoringFormulaText(record.string(index))
    }

    func has(_ column: String) -> Bool { columns[column] != nil }

    /// Line and column of a field, for diagnostics.
    func position(_ column: String) -> (line: Int, column: Int) { position(at: columns[column]) }

    func position(at index: Int?) -> (line: Int, column: Int) {
        guard let index else { return (record.line, 0) }
        return record.position(index)
    }

    func error(_ column: String, _ message: String, log: inout DiagnosticLog) {
        error(at: columns[column], message, log: &log)
    }

    func error(at index: Int?, _ message: String, log: inout DiagnosticLog) {
        let (line, col) = position(at: index)
        log.error(file, line: line, column: col, message)
    }

    func warning(_ column: String, _ message: String, log: inout DiagnosticLog) {
        warning(at: columns[column], message, log: &log)
    }

    func warning(at index: Int?, _ message: String, log: inout DiagnosticLog) {
        let (line, col) = position(at: index)
        log.warning(file, line: line, column: col, message)
    }
}
