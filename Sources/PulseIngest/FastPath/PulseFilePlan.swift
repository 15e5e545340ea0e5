import PulseModel

/// What the fast path needs to know about one canonical pulse file: its delimiter and field count, and
/// what each column is.
struct PulseFilePlan: Sendable {
    /// What a column holds.
    enum Column: Equatable, Sendable {
        case responseID, submittedAt, schoolID, role
        /// The answers to an item (its position in the instrument).
        case item(Int)
        /// Text the fast path only checks (comment, extra or repeated columns).
        case text
    }

    let delimiter: UInt8
    let columns: [Column]
    let schools: SchoolIDTable
    let answers: AnswerBytes
    /// Per item: scale min and max.
    let itemScales: [(Int, Int)]

    var fieldCount: Int { columns.count }
}
