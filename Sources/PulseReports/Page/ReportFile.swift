/// One file of a report set: its path relative to the output folder (built from slugs and fixed names,
/// never raw data) and its text.
public struct ReportFile: Hashable, Sendable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The text as UTF-8 bytes, for writing.
    public var bytes: [UInt8] { Array(text.utf8) }
}
