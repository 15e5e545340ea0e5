import PulseModel
import PulseStats

/// A group a page talks about: its level, id and display name (the program's name, a cluster's or a
/// school's name from the dataset; the id when the name is blank).
public struct GroupRef: Hashable, Sendable {
    public var key: GroupKey
    public var name: String

    public init(key: GroupKey, name: String) {
        self.key = key
        self.name = name
    }

    public var level: Level { key.level }
    public var id: String { key.group }

    /// The group of `key`, named from `dataset`.
    public init(_ key: GroupKey, in dataset: Dataset) {
        let name: String? =
            switch key.level {
            case .program: dataset.program.name
            case .cluster: dataset.cluster(id: key.group)?.name
            case .school: dataset.school(id: key.group)?.name
            }
        self.init(key: key, name: (name ?? "").isEmpty ? key.group : name!)
    }

    /// The schools a group covers, by id, in dataset order.
    public func schoolIDs(in dataset: Dataset) -> [String] {
        switch level {
        case .program: dataset.schools.map(\.id)
        case .cluster: dataset.schools(inCluster: id).map(\.id)
        case .school: [id]
        }
    }
}
