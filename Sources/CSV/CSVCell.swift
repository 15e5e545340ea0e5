/// One typed cell of a row written by ``CSVWriter``.
///
///     writer.writeRow([.text("school_id"), .int(42), .double(3.25), .double(nil), .empty])
///     writer.writeRow(["s01", 12, 0.5])   // literals work too
///
/// Text is written formula-safe (see ``neutralizingFormula(_:)``); numbers are written as numbers
/// in locale-free, shortest round-trip form; `.double(nil)`, NaN, infinities and `.empty` are an
/// empty cell.
public enum CSVCell: Hashable, Sendable {
    case text(String)
    case int(Int)
    case double(Double?)
    case empty

    /// The bytes that make the ASCII start of a text a formula in a spreadsheet (OWASP CSV
    /// injection): `=`, `+`, `-`, `@`, tab and carriage return.
    static let formulaStarts = ByteSet(
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), .tab, .carriageReturn)

    /// The text a spreadsheet will not run as a formula: a text beginning with `=`, `+`, `-`, `@`,
    /// tab or carriage return gets a leading apostrophe.
    ///
    /// To keep the change reversible, apostrophes already in front of such a character get one
    /// more as well, so ``restoringFormulaText(_:)`` gives back exactly the original:
    ///
    ///     CSVCell.neutralizingFormula("=SUM(A1)")   // "'=SUM(A1)"
    ///     CSVCell.neutralizingFormula("'=x")        // "''=x"
    ///     CSVCell.neutralizingFormula("it's fine")  // "it's fine"
    public static func neutralizingFormula(_ text: String) -> String {
        needsApostrophe(text.utf8[...]) ? "'" + text : text
    }

    /// Undoes ``neutralizingFormula(_:)`` on text read back from a file this writer produced.
    ///
    ///     CSVCell.restoringFormulaText("'=SUM(A1)")  // "=SUM(A1)"
    ///     CSVCell.restoringFormulaText("'quoted'")    // "'quoted'" (left alone)
    public static func restoringFormulaText(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.first == .apostrophe, needsApostrophe(bytes.dropFirst()) else { return text }
        return String(text.dropFirst())
    }

    /// True when the text is any number of apostrophes followed by a formula start.
    static func needsApostrophe(_ bytes: some Collection<UInt8>) -> Bool {
        guard let first = bytes.first(where: { $0 != .apostrophe }) else { return false }
        return formulaStarts.contains(first)
    }
}

extension CSVCell: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
}
