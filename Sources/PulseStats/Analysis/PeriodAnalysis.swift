import PulseModel

/// The rows and reliability of a block of one month's groups, as `StatsTable.analyse` hands them over in
/// table order.
///
/// The rows are final when handed over: changes are adjusted over the whole month's families (before its
/// first block), and trends and signals cover the months up to and including it.
public struct PeriodAnalysis: Sendable {
    public var period: Month
    /// The rows in table order (level, group, role, measure).
    public var rows: [FigureRow]
    /// Cronbach's alpha per (group, dimension); empty when `AnalysisOptions.reliability` is off.
    public var reliability: [ReliabilityRow]

    public init(period: Month, rows: [FigureRow], reliability: [ReliabilityRow]) {
        self.period = period
        self.rows = rows
        self.reliability = reliability
    }
}
