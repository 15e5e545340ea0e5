/// One file of a report set: its path relative to the output folder (built from slugs and fixed names,
/// never raw data) and its UTF-8 text.
public struct ReportFile: Hashable, Sendable {
    public var path: String
    /// The text as UTF-8 bytes, for writing.
    public var bytes: [UInt8]

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// A file from its UTF-8 bytes, such as a page rendered straight to bytes
    /// (`PageShell.documentUTF8()`).
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The text of the file.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
