import PulseModel

/// Every figure of a dataset, ready for the report writers (dashboard, briefing pack, case-study
/// export, `pulse stats`): rows per (period, level, group, role, measure), reliability per dimension.
///
/// Rows are in a stable order: period ascending; level program → cluster → school; group id; all staff
/// before roles, roles by name; measures in instrument order (each dimension, then its items). A group
/// appears in a period when it has at least one response then.
///
///     let table = StatsTable(dataset: dataset, fold: fold)
///     let row = table.row(period: march, level: .school, group: "S01", measure: "trust")
///     if case .shown(let f)? = row?.figures { f.mean }
///     row?.sinceBaseline?.value?.verdict            // .improved / .declined / .withinNoise
///     table.series(level: .cluster, group: "C1", measure: "trust").map(\.figures)
public struct StatsTable: Sendable {
    /// The months with responses, ascending.
    public let periods: [Month]
    /// Measure names in output order.
    public let measures: [String]
    /// `min_group_size` of the program.
    public let minimumGroupSize: Int
    public let options: AnalysisOptions
    public let rows: [FigureRow]
    /// Cronbach's alpha per (period, level, group, dimension), all staff; empty when
    /// `AnalysisOptions.reliability` is off.
    public let reliability: [ReliabilityRow]

    private let rowIndex: [RowKey: Int]
    private let seriesIndex: [SeriesKey: [Int]]
    private let reliabilityIndex: [RowKey: Int]
    private let groupsIndex: [Month: [GroupKey]]

    private struct RowKey: Hashable {
        var period: Month
        var group: GroupKey
        var measure: String
    }

    private struct SeriesKey: Hashable {
        var group: GroupKey
        var measure: String
    }

    init(
        periods: [Month], measures: [String], minimumGroupSize: Int, options: AnalysisOptions, rows: [FigureRow],
        reliability: [ReliabilityRow]
    ) {
        self.periods = periods
        self.measures = measures
        self.minimumGroupSize = minimumGroupSize
        self.options = options
        self.rows = rows
        self.reliability = reliability
        var rowIndex: [RowKey: Int] = [:]
        var seriesIndex: [SeriesKey: [Int]] = [:]
        var groupsIndex: [Month: [GroupKey]] = [:]
        for (index, row) in rows.enumerated() {
            rowIndex[RowKey(period: row.period, group: row.group, measure: row.measure)] = index
            seriesIndex[SeriesKey(group: row.group, measure: row.measure), default: []].append(index)
            // Rows of one group and month are consecutive, so a group starts where its first row is.
            if groupsIndex[row.period]?.last != row.group { groupsIndex[row.period, default: []].append(row.group) }
        }
        self.rowIndex = rowIndex
        self.seriesIndex = seriesIndex
        self.groupsIndex = groupsIndex
        self.reliabilityIndex = Dictionary(
            uniqueKeysWithValues: reliability.enumerated().map {
                (RowKey(period: $1.period, group: $1.group, measure: $1.dimension), $0)
            })
    }

    /// The row of one measure for one group and month; nil when the group has no response that month.
    ///
    /// - Complexity: O(1).
    public func row(period: Month, level: Level, group: String, role: String? = nil, measure: String) -> FigureRow? {
        rowIndex[RowKey(period: period, group: GroupKey(level: level, group: group, role: role), measure: measure)]
            .map { rows[$0] }
    }

    /// The rows of one group and month, in measure order.
    public func rows(period: Month, group: GroupKey) -> [FigureRow] {
        measures.compactMap {
            row(period: period, level: group.level, group: group.group, role: group.role, measure: $0)
        }
    }

    /// The months of one group's measure, ascending (months without responses are absent).
    public func series(level: Level, group: String, role: String? = nil, measure: String) -> [FigureRow] {
        (seriesIndex[SeriesKey(group: GroupKey(level: level, group: group, role: role), measure: measure)] ?? [])
            .map { rows[$0] }
    }

    /// The groups (with roles) present in a month, in report order.
    ///
    /// - Complexity: O(1) to find them (indexed when the table is made).
    public func groups(period: Month) -> [GroupKey] { groupsIndex[period] ?? [] }

    /// The reliability of one dimension for one group (all staff) and month.
    public func reliability(period: Month, level: Level, group: String, dimension: String) -> ReliabilityRow? {
        reliabilityIndex[RowKey(period: period, group: GroupKey(level: level, group: group), measure: dimension)]
            .map { reliability[$0] }
    }
}
