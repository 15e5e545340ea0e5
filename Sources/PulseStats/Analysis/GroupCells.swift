import PulseModel

/// The cells of every group with responses in one month: each school, cluster and the program, for all
/// staff and (optionally) per role.
///
/// A (month, school, role) cell of the fold is added to six groups: its school, its cluster and the
/// program, each for all staff and for its role. Clusters are the schools' `cluster_id`s, so clusters
/// and the program pool their schools' responses, each response once. A group that is one fold cell (a
/// school of a fold without roles, a school's role) is read from the fold when asked for, not copied:
/// with thousands of schools the month's groups would otherwise take a 64-bit copy of every cell.
struct GroupCells: Sendable {
    /// Where a group's cell is.
    private enum Source: Sendable {
        /// One cell of the fold, by its slot.
        case fold(Int)
        /// A merge of fold cells, by its slot in `merged`.
        case merged(Int)
    }

    /// The groups present, in report order.
    let keys: [GroupKey]
    private let sources: [Source]
    /// The merged groups' cells, compact (a month of 5,000 clusters would take 11 MB in 64 bits).
    private let merged: CellCounts
    private let fold: PulseFold

    /// The cluster of every school, by number: found once for all months (hashing a cluster id per school
    /// and month cost more than pooling the school's cell).
    struct SchoolClusters: Sendable {
        /// Per school index: its cluster's number.
        let cluster: [Int]
        /// Per cluster number: its id.
        let ids: [String]

        init(_ dataset: Dataset) {
            var numbers: [String: Int] = [:]
            var ids: [String] = []
            cluster = dataset.schools.map { school in
                if let number = numbers[school.clusterID] { return number }
                numbers[school.clusterID] = ids.count
                ids.append(school.clusterID)
                return ids.count - 1
            }
            self.ids = ids
        }
    }

    /// - Complexity: O(cells of the month × layout width); a group is found by its key (hashing its
    ///   strings) once, when first met, and by number afterwards.
    init(
        month slots: [(key: CellKey, slot: Int)], fold: PulseFold, dataset: Dataset, clusters: SchoolClusters,
        roles: Bool
    ) {
        var pooledSlots: [GroupKey: Int] = [:]
        // The groups by level (`Level.rank`), each level sorted on its own at the end: the fold's cells come
        // in school order and clusters as their schools are met, so each level's groups are mostly in order
        // already, which the sort passes over in about one comparison a group (the levels interleaved in one
        // array, it merged runs of a few).
        var groups: [[(key: GroupKey, source: Source)]] = Level.allCases.map { _ in [] }
        func add(_ group: GroupKey, _ source: Source) { groups[group.level.rank].append((group, source)) }
        var merged = CellCounts(layout: fold.layout)
        /// The cell of a group that pools several, made when first asked for.
        func pooled(_ group: GroupKey) -> Int {
            if let slot = pooledSlots[group] { return slot }
            let slot = merged.append()
            pooledSlots[group] = slot
            add(group, .merged(slot))
            return slot
        }
        let program = GroupKey(level: .program, group: GroupKey.programID)
        // The pooled cells every fold cell is added to, found by number (not by hashing a key per cell),
        // −1 until first needed: the program's; per cluster, its own; per school, its own; per role, the
        // program's; per cluster cell and role, the cluster's.
        let programSlot = slots.isEmpty ? -1 : pooled(program)
        var clusterSlot = [Int](repeating: -1, count: clusters.ids.count)
        var schoolSlot = [Int](repeating: -1, count: dataset.schools.count)
        var programRoleSlot = [Int](repeating: -1, count: fold.roles.names.count)
        var clusterRoleSlot: [Int: Int] = [:]  // by cluster slot × roles + role
        for (key, slot) in slots {
            precondition(dataset.schools.indices.contains(key.school), "a response of an unknown school")
            let school = dataset.schools[key.school]
            let cluster = clusters.cluster[key.school]
            if clusterSlot[cluster] < 0 {
                clusterSlot[cluster] = pooled(GroupKey(level: .cluster, group: clusters.ids[cluster]))
            }
            fold.pool(slot, into: &merged, at: programSlot)
            fold.pool(slot, into: &merged, at: clusterSlot[cluster])
            guard roles else {
                // A fold without roles holds one cell per school and month; a fold by role pools them.
                if fold.keepsRoles {
                    if schoolSlot[key.school] < 0 {
                        schoolSlot[key.school] = pooled(GroupKey(level: .school, group: school.id))
                    }
                    fold.pool(slot, into: &merged, at: schoolSlot[key.school])
                } else {
                    add(GroupKey(level: .school, group: school.id), .fold(slot))
                }
                continue
            }
            let role = fold.roles.names[key.role]
            if schoolSlot[key.school] < 0 {
                schoolSlot[key.school] = pooled(GroupKey(level: .school, group: school.id))
            }
            if programRoleSlot[key.role] < 0 {
                programRoleSlot[key.role] = pooled(GroupKey(level: .program, group: program.group, role: role))
            }
            let clusterRole = clusterSlot[cluster] * programRoleSlot.count + key.role
            if clusterRoleSlot[clusterRole] == nil {
                clusterRoleSlot[clusterRole] = pooled(
                    GroupKey(level: .cluster, group: clusters.ids[cluster], role: role))
            }
            fold.pool(slot, into: &merged, at: schoolSlot[key.school])
            fold.pool(slot, into: &merged, at: programRoleSlot[key.role])
            fold.pool(slot, into: &merged, at: clusterRoleSlot[clusterRole]!)
            add(GroupKey(level: .school, group: school.id, role: role), .fold(slot))
        }
        for level in groups.indices { groups[level].sort { $0.key < $1.key } }
        keys = groups.flatMap { $0.lazy.map(\.key) }
        self.sources = groups.flatMap { $0.lazy.map(\.source) }
        self.merged = merged
        self.fold = fold
    }

    /// The cell of the group at `index` in `keys` (made from the fold for a one-cell group).
    func cell(_ index: Int) -> CellAccumulator {
        switch sources[index] {
        case .fold(let slot): fold.cell(at: slot)
        case .merged(let slot): merged.cell(slot)
        }
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

extension PulseFold {
    /// The cell of every all-staff group (the program, each cluster, each school) with responses in a
    /// month: its fold cells merged, as the analysis pools them.
    ///
    ///     fold.allStaffCells(in: march, dataset: dataset)[GroupKey(level: .school, group: "S001")]
    public func allStaffCells(in month: Month, dataset: Dataset) -> [GroupKey: CellAccumulator] {
        let groups = GroupCells(
            month: slots(in: month), fold: self, dataset: dataset, clusters: GroupCells.SchoolClusters(dataset),
            roles: false)
        return Dictionary(uniqueKeysWithValues: groups.keys.indices.map { (groups.keys[$0], groups.cell($0)) })
    }
}
