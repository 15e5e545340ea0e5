/// The phase of a school (`schools.csv` `level`).
public enum SchoolLevel: String, CaseIterable, Hashable, Sendable {
    case elementary, middle, high, other
}

/// A school of a cluster (`schools.csv`); `staffCount` is the denominator of the response rate.
public struct School: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var clusterID: String
    public var level: SchoolLevel
    public var staffCount: Int

    public init(id: String, name: String, clusterID: String, level: SchoolLevel, staffCount: Int) {
        self.id = id
        self.name = name
        self.clusterID = clusterID
        self.level = level
        self.staffCount = staffCount
    }
}
