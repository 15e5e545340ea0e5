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
        let clusters = schools.map { ids in Set(dataset.schools.filter { ids.contains($0.id) }.map(\.clusterID)) }
        let dimensions = Set(input.dimensions)
        let order = Dictionary(input.dimensions.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var movers: [(Mover, GroupKey)] = []
        for group in input.table.groups(period: input.month) where group.role == nil && levels.contains(group.level) {
            switch group.level {
            case .program: break
            case .cluster: if let clusters, !clusters.contains(group.group) { continue }
            case .school: if let schools, !schools.contains(group.group) { continue }
            }
            for dimension in input.dimensions where dimensions.contains(dimension) {
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
}
