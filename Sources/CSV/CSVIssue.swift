/// A problem found while reading CSV input, with the place where it was found.
///
/// `line` is a physical line of the input (1-based; a newline inside a quoted field counts),
/// `column` is the 1-based index of the field the problem belongs to, or 0 when the problem is
/// not tied to a field (for example an empty file or a read error).
///
///     // "3:2: error: unterminated quote; ..."
///     print(issue)
public struct CSVIssue: Hashable, Sendable, CustomStringConvertible {
    /// Whether the problem makes the record unusable (`error`) or is only worth a note (`warning`).
    public enum Severity: String, Hashable, Sendable {
        case warning, error
    }

    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(line: Int, column: Int, severity: Severity, message: String) {
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `line:column: severity: message`.
    public var description: String { "\(line):\(column): \(severity.rawValue): \(message)" }
}
