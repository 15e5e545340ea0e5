import PulseModel

/// The finest cell the fold keeps: one month, one school (its index in `Dataset.schools`), one role
/// (its index in the fold's `RoleTable`).
public struct CellKey: Hashable, Sendable {
    public var month: Month
    public var school: Int
    public var role: Int

    public init(month: Month, school: Int, role: Int) {
        self.month = month
        self.school = school
        self.role = role
    }
}

/// A `CellKey` in 12 bytes instead of 32: how a fold keeps the key of each of its cells (hundreds of
/// thousands in a large program).
struct PackedCellKey: Sendable {
    /// Months since January of year 0.
    private let month: Int32
    private let school: Int32
    private let role: Int32

    init(_ key: CellKey) {
        let month = key.month.year * 12 + key.month.month - 1
        precondition(
            Int32(exactly: month) != nil && Int32(exactly: key.school) != nil && Int32(exactly: key.role) != nil,
            "a cell key out of range")
        (self.month, self.school, self.role) = (Int32(month), Int32(key.school), Int32(key.role))
    }

    var key: CellKey {
        let (year, month) = Int(self.month).quotientAndRemainder(dividingBy: 12)
        return CellKey(month: Month(year: year, month: month + 1), school: Int(school), role: Int(role))
    }
}
