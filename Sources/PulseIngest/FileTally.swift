/// Rows read, accepted and rejected in one file: `accepted + rejected == read` always holds.
public struct FileTally: Hashable, Sendable {
    /// The file's path relative to the dataset folder, e.g. `pulse/2026-03.csv`.
    public var file: String
    public private(set) var read = 0
    public private(set) var accepted = 0
    public private(set) var rejected = 0

    public init(file: String) {
        self.file = file
    }

    /// Counts rows read and accepted (one by default).
    public mutating func accept(_ rows: Int = 1) {
        precondition(rows >= 0, "a count of rows")
        read += rows
        accepted += rows
    }

    public mutating func reject() {
        read += 1
        rejected += 1
    }

    public mutating func merge(_ other: FileTally) {
        read += other.read
        accepted += other.accepted
        rejected += other.rejected
    }
}
