import PulseModel
import PulseStats

/// A tested change of a dimension for one group: the biggest movers of a page.
public struct Mover: Hashable, Sendable {
    public var group: GroupRef
    public var dimension: String
    public var change: ChangeSummary
    public var takeaway: Takeaway

    /// The changes at the report month that a test called improved or declined, largest mean difference
    /// first (ties: group order, then dimension order), at most `limit`.
    ///
    /// - Parameters:
    ///   - levels: the levels to look at.
    ///   - schools: when given, only groups within these schools (a cluster's page: that cluster and its
    ///     schools).
    ///   - comparison: since last month or since baseline.
    public static func biggest(
        _ input: ReportInput, among levels: Set<Level>, within schools: Set<String>? = nil,
        comparison: Comparison = .previous, limit: Int = 6
    ) -> [Mover] {
        let dataset = input.dataset
        let order = Dictionary(input.dimensions.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var movers: [(Mover, GroupKey)] = []
        for group in candidates(input, within: schools) where levels.contains(group.level) {
            for dimension in input.dimensions {
                let row = input.table.row(
                    period: input.month, level: group.level, group: group.group, measure: dimension)
                guard let change = ChangeSummary.of(row, comparison)?.value, change.isTested else { continue }
                let ref = GroupRef(group, in: dataset)
                movers.append(
                    (
                        Mover(
                            group: ref, dimension: dimension, change: change,
                            takeaway: Takeaway.change("\(dimension) in \(ref.name)", .shown(change))),
                        group
                    ))
            }
        }
        return movers.sorted { a, b in
            let (x, y) = (abs(a.0.change.meanDifference), abs(b.0.change.meanDifference))
            if x != y { return x > y }
            if a.1 != b.1 { return a.1 < b.1 }
            return order[a.0.dimension, default: 0] < order[b.0.dimension, default: 0]
        }.prefix(limit).map(\.0)
    }

    /// The all-staff groups that may hold movers: every group of the report month, or within `schools`
    /// the program, their clusters and the schools themselves (a group without responses in the month
    /// has no row, so no change). In report order, as the table lists groups.
    private static func candidates(_ input: ReportInput, within schools: Set<String>?) -> [GroupKey] {
        guard let schools else { return input.table.groups(period: input.month).filter { $0.role == nil } }
        let clusters = Set(schools.compactMap { input.index.clusterID(ofSchool: $0) })
        let groups =
            [GroupKey(level: .program, group: GroupKey.programID)]
            + clusters.map { GroupKey(level: .cluster, group: $0) }
            + schools.map { GroupKey(level: .school, group: $0) }
        return groups.sorted()
    }
}
