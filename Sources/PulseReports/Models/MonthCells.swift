import PulseModel
import PulseStats

/// The fold cells of the report month merged once per all-staff group (the program, each cluster, each
/// school), so a page takes every item's answer distribution from its group's one cell instead of
/// merging the fold again for each item.
///
///     let cells = MonthCells(input, fold: fold)
///     ItemDistribution.all(input, group: GroupKey(level: .school, group: "S001"), cells: cells)
///
/// - Complexity: O(cells of the fold × layout width) to build; O(1) to look up a group.
public struct MonthCells: Sendable {
    /// The layout of the cells (the fold's).
    public let layout: FoldLayout
    private let cells: [GroupKey: CellAccumulator]

    /// Merges the report month's cells of `fold` (the one the input's table was built from).
    public init(_ input: ReportInput, fold: PulseFold) {
        layout = fold.layout
        cells = fold.allStaffCells(in: input.month, dataset: input.dataset)
    }

    /// The merged cell of an all-staff group; empty when the group has no response in the month.
    public subscript(group: GroupKey) -> CellAccumulator {
        precondition(group.role == nil, "MonthCells holds all-staff groups only")
        return cells[group] ?? CellAccumulator(layout: layout)
    }
}
