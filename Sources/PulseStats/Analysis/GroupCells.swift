import PulseModel

/// The merged cells of every group with responses in one month: each school, cluster and the program,
/// for all staff and (optionally) per role.
///
/// A (month, school, role) cell of the fold is added to six groups: its school, its cluster and the
/// program, each for all staff and for its role. Clusters are the schools' `cluster_id`s, so clusters
/// and the program pool their schools' responses, each response once.
struct GroupCells: Sendable {
    /// The groups present, in report order, and their merged cells.
    let keys: [GroupKey]
    let cells: [CellAccumulator]

    /// - Complexity: O(cells of the month × 6 × layout width).
    init(month cells: [(key: CellKey, value: CellAccumulator)], fold: PulseFold, dataset: Dataset, roles: Bool) {
        var merged: [GroupKey: CellAccumulator] = [:]
        for (key, cell) in cells {
            precondition(dataset.schools.indices.contains(key.school), "a response of an unknown school")
            let school = dataset.schools[key.school]
            let role = roles ? fold.roles.names[key.role] : nil
            for group in [
                GroupKey(level: .program, group: GroupKey.programID),
                GroupKey(level: .cluster, group: school.clusterID),
                GroupKey(level: .school, group: school.id),
            ] {
                merged[group, default: CellAccumulator(layout: fold.layout)].merge(cell)
                if let role {
                    merged[
                        GroupKey(level: group.level, group: group.group, role: role),
                        default: CellAccumulator(layout: fold.layout)
                    ].merge(cell)
                }
            }
        }
        keys = merged.keys.sorted()
        self.cells = keys.map { merged[$0]! }
    }

    /// The partitions "parent = sum of children" among `keys` (by position): program ⊃ clusters ⊃ schools
    /// for every role (and all staff), and each group ⊃ its role rows.
    func partitions(clusterOfSchool: [String: String]) -> [ComplementarySuppression.Partition] {
        let position = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        /// A parent has up to two partitions: by the level below, and by role.
        struct Parent: Hashable, Comparable {
            var node: Int
            var byRole: Bool
            static func < (a: Parent, b: Parent) -> Bool { (a.node, a.byRole ? 1 : 0) < (b.node, b.byRole ? 1 : 0) }
        }
        var children: [Parent: [Int]] = [:]
        for (index, key) in keys.enumerated() {
            switch key.level {
            case .program: break
            case .cluster:
                let parent = GroupKey(level: .program, group: GroupKey.programID, role: key.role)
                children[Parent(node: position[parent]!, byRole: false), default: []].append(index)
            case .school:
                let parent = GroupKey(level: .cluster, group: clusterOfSchool[key.group]!, role: key.role)
                children[Parent(node: position[parent]!, byRole: false), default: []].append(index)
            }
            if key.role != nil {
                children[Parent(node: position[key.allStaff]!, byRole: true), default: []].append(index)
            }
        }
        return children.keys.sorted().map {
            ComplementarySuppression.Partition(parent: $0.node, children: children[$0]!)
        }
    }
}
