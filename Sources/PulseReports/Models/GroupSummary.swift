import PulseModel
import PulseStats

/// A program, cluster or school at the report month: where it is in the program, who answered, a tile per
/// dimension, and its monthly response history.
public struct GroupSummary: Hashable, Sendable {
    /// Responses in one month of the program.
    public struct MonthResponses: Hashable, Sendable {
        public var month: Month
        public var programMonth: Int
        public var responses: Int
        /// responses ÷ staff; nil when the group has no staff on record.
        public var rate: Double?
    }

    public var group: GroupRef
    public var month: Month
    /// 1 for the program's start month.
    public var programMonth: Int
    /// nil outside the program's calendar.
    public var stage: Stage?
    /// Responses in the report month (all staff); always shown (PRODUCT.md: a hidden group's n may be).
    public var responses: Int
    /// Staff of the group's schools (`schools.csv`).
    public var staff: Int
    public var responseRate: Double?
    /// One per dimension, in instrument order.
    public var tiles: [DimensionTile]
    /// Program start to the report month.
    public var responseHistory: [MonthResponses]

    public init(_ input: ReportInput, group key: GroupKey) {
        let dataset = input.dataset
        group = GroupRef(key, in: dataset)
        month = input.month
        programMonth = input.program.programMonth(of: input.month)
        stage = input.program.stage(of: input.month)
        staff = input.index.staff(ofSchools: Set(group.schoolIDs(in: dataset)))
        let staff = staff
        let firstDimension = input.dimensions.first ?? ""
        let series = Dictionary(
            input.table.series(level: key.level, group: key.group, measure: firstDimension).map { ($0.period, $0) },
            uniquingKeysWith: { first, _ in first })
        responseHistory = input.monthsToDate.map { month in
            let responses = series[month]?.responses ?? 0
            return MonthResponses(
                month: month, programMonth: input.program.programMonth(of: month), responses: responses,
                rate: staff > 0 ? Double(responses) / Double(staff) : nil)
        }
        responses = series[input.month]?.responses ?? 0
        responseRate = staff > 0 ? Double(responses) / Double(staff) : nil
        tiles = input.dimensions.map { DimensionTile(input, group: key, dimension: $0) }
    }

    /// The tile of a dimension.
    public func tile(_ dimension: String) -> DimensionTile? { tiles.first { $0.dimension == dimension } }
}
