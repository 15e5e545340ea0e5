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
