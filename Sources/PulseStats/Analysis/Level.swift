/// The level of a group: the whole program, a cluster, or a school. Ordered as reports list them.
public enum Level: String, CaseIterable, Comparable, Hashable, Sendable {
    case program, cluster, school

    public static func < (a: Level, b: Level) -> Bool { a.rank < b.rank }

    /// The place in report order, 0 up (a sort of a month's groups compares levels thousands of times).
    var rank: Int {
        switch self {
        case .program: 0
        case .cluster: 1
        case .school: 2
        }
    }
}

/// One group of respondents: a level, its group id (`all` for the program, a cluster id or a school id)
/// and a role (nil = all staff of the group).
public struct GroupKey: Hashable, Comparable, Sendable {
    /// The group id of the program level.
    public static let programID = "all"

    public var level: Level
    public var group: String
    public var role: String?

    public init(level: Level, group: String, role: String? = nil) {
        self.level = level
        self.group = group
        self.role = role
    }

    /// The same group, all staff.
    public var allStaff: GroupKey { GroupKey(level: level, group: group) }

    /// Report order: level (program → cluster → school), group id, all staff before roles, roles by name.
    public static func < (a: GroupKey, b: GroupKey) -> Bool {
        if a.level != b.level { return a.level < b.level }
        if a.group != b.group { return a.group < b.group }
        switch (a.role, b.role) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let x?, let y?): return x < y
        }
    }
}
