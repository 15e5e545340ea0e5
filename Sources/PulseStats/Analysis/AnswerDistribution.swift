import PulseModel

/// The share of answers at each scored point of one item, for one group and month: what a diverging
/// stacked bar draws. Suppressed exactly when the item's row in the `StatsTable` is.
///
/// Shares are of *scored* answers (reverse-scored items reflected), lowest point first, so the left of a
/// bar is always the unfavorable side. They come from the item's exact histogram in the fold.
///
///     let share = table.answerDistribution(
///         period: march, group: GroupKey(level: .school, group: "S01"), item: "tr1", fold: fold, dataset: dataset)
///     share?.value?.shares   // [0.05, 0.10, 0.25, 0.40, 0.20]
public struct AnswerDistribution: Hashable, Sendable {
    /// The item id.
    public var item: String
    /// The scored points, ascending (e.g. 1…5).
    public var points: [Int]
    /// Share of the answers at each point, in 0…1; sums to 1.
    public var shares: [Double]
    /// Answers given.
    public var n: Int

    public init(item: String, points: [Int], shares: [Double], n: Int) {
        self.item = item
        self.points = points
        self.shares = shares
        self.n = n
    }
}

extension StatsTable {
    /// The answer distribution of one item for one group (all staff or a role) and month: suppressed when
    /// the table suppresses that item's row, nil when the group has no answer to it that month.
    ///
    /// `fold` and `dataset` must be the ones the table was built from.
    ///
    /// - Complexity: O(cells of the fold) to merge the group's cells.
    public func answerDistribution(
        period: Month, group: GroupKey, item: String, fold: PulseFold, dataset: Dataset
    ) -> Figure<AnswerDistribution>? {
        let role = group.role.flatMap { name in fold.roles.names.firstIndex(of: name) }
        if group.role != nil, role == nil { return nil }
        return answerDistribution(period: period, group: group, item: item, layout: fold.layout, dataset: dataset) {
            let schools: Set<Int>? =
                switch group.level {
                case .program: nil
                case .cluster: Set(dataset.schools.indices.filter { dataset.schools[$0].clusterID == group.group })
                case .school: Set(dataset.schools.indices.filter { dataset.schools[$0].id == group.group })
                }
            return fold.merged(month: period, schools: schools, role: role)
        }
    }

    /// The same from the group's cell for the month (its fold cells merged), for a caller that merges each
    /// group's cells once for all its items instead of once per item.
    ///
    /// - Parameter cell: the merge of the group's cells in `period`; asked for only when the row is shown.
    public func answerDistribution(
        period: Month, group: GroupKey, item: String, layout: FoldLayout, dataset: Dataset,
        cell: () -> CellAccumulator
    ) -> Figure<AnswerDistribution>? {
        guard let row = row(period: period, level: group.level, group: group.group, role: group.role, measure: item),
            let index = dataset.instrument.itemIndex(id: item), row.n > 0
        else { return nil }
        if let hidden = row.figures.suppression { return .suppressed(hidden) }
        let tally = layout.tally(.item(index), in: cell())
        guard tally.n > 0 else { return nil }
        let itemScale = dataset.instrument.items[index]
        let points = Array(itemScale.scaleMin...itemScale.scaleMax)
        let counts = points.map { point in tally.scaledScores.firstIndex(of: point).map { tally.counts[$0] } ?? 0 }
        return .shown(
            AnswerDistribution(
                item: item, points: points, shares: counts.map { Double($0) / Double(tally.n) }, n: tally.n))
    }
}
