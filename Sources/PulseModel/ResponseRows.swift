/// Responses given as their cells and raw answers, one column per field: what the loaders' fast path
/// hands a fold a batch at a time, so that the fold's per-row loop runs inside the fold (one call per
/// batch, not one per row through a protocol).
///
///     let rows = ResponseRows(count: 2, months: months, schools: schools, roles: roles, answers: answers, itemCount: 24)
///     rows.answers(of: 1)     // the second response's 24 raw answers
public struct ResponseRows {
    /// The responses.
    public let count: Int
    /// Per response: its month, its school's index in `Dataset.schools`, its role's index in the fold
    /// that takes the rows.
    public let months: UnsafePointer<Month>
    public let schools: UnsafePointer<Int32>
    public let roles: UnsafePointer<Int32>
    /// `itemCount` raw answers per response (`Response.skipped` for a blank), one response after another.
    public let answers: UnsafePointer<Int8>
    public let itemCount: Int

    public init(
        count: Int, months: UnsafePointer<Month>, schools: UnsafePointer<Int32>, roles: UnsafePointer<Int32>,
        answers: UnsafePointer<Int8>, itemCount: Int
    ) {
        (self.count, self.months, self.schools, self.roles) = (count, months, schools, roles)
        (self.answers, self.itemCount) = (answers, itemCount)
    }

    /// The raw answers of response `row`.
    @inline(__always)
    public func answers(of row: Int) -> UnsafeBufferPointer<Int8> {
        UnsafeBufferPointer(start: answers + row &* itemCount, count: itemCount)
    }
}
