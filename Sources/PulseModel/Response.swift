/// One staff member's answers to one monthly pulse, as read (answers not yet reverse-scored).
public struct Response: Hashable, Sendable {
    public var id: String
    public var submitted: Day
    public var schoolIndex: Int
    public var role: String
    /// One entry per `Instrument.items`, the raw answer as written, `Response.skipped` for a blank.
    public var answers: [Int8]
    public var comment: String

    /// The value of a skipped (blank) answer.
    public static let skipped: Int8 = 0

    public init(id: String, submitted: Day, schoolIndex: Int, role: String, answers: [Int8], comment: String) {
        self.id = id
        self.submitted = submitted
        self.schoolIndex = schoolIndex
        self.role = role
        self.answers = answers
        self.comment = comment
    }

    /// The calendar month the response belongs to.
    public var month: Month { submitted.monthValue }
}
