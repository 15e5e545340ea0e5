/// The error `CSVReader(url:)` throws when a file cannot be opened for reading.
///
/// Problems met after the file is open are never thrown: they become ``CSVIssue``s.
public struct CSVOpenError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path that was given.
    public var path: String
    /// Why it could not be opened, e.g. "No such file or directory".
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): cannot open: \(reason)" }
}
