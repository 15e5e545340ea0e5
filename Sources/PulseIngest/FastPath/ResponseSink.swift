import PulseModel

/// Where `DatasetFolder.readResponses(into:)` puts the accepted responses: an accumulator that takes a
/// response as a `Response` (the plain path) or as its cell and raw answers (the fast path, which makes
/// no `Response`), and that folds parts of a file on other threads and merges them.
///
/// `PulseFold` is the sink of the command line (the conformance lives where both modules meet).
public protocol ResponseSink: Sendable {
    /// An empty sink of the same kind, for a part folded on another thread.
    func emptyCopy() -> Self
    /// Folds in a response read by the plain path.
    mutating func add(_ response: Response)
    /// The sink's index of a role name (blank names are reported as `unspecified`).
    mutating func role(named name: String) -> Int
    /// Folds in a response given by its month, school index, role index and raw answers
    /// (`Response.skipped` for a blank), one per instrument item.
    mutating func add(month: Month, school: Int, role: Int, answers: UnsafeBufferPointer<Int8>)
    /// Folds in a batch of responses given as `add(month:school:role:answers:)` takes them (the roles are
    /// this sink's): by default one at a time.
    mutating func add(_ rows: ResponseRows)
    /// Adds a sink that folded other responses.
    mutating func merge(_ other: Self)
}

extension ResponseSink {
    public mutating func add(_ rows: ResponseRows) {
        for row in 0..<rows.count {
            add(
                month: rows.months[row], school: Int(rows.schools[row]), role: Int(rows.roles[row]),
                answers: rows.answers(of: row))
        }
    }
}
