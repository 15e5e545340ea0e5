import PulseModel

/// The rows and reliability of one month, or of a block of its groups, as `StatsTable.analyse` hands
/// them over in table order.
///
/// The rows are final when handed over: changes are adjusted over the period's families (a month with
/// changes comes in one piece), and trends and signals cover the months up to and including it.
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

    /// Benjamini–Hochberg over each comparison's family of the period: every shown change with a Welch p,
    /// in row order.
    mutating func adjustChanges() {
        for comparison in Comparison.allCases {
            let members = rows.indices.compactMap { index in
                rows[index].change(comparison)?.value?.welch.map { (row: index, p: $0.pValue) }
            }
            for (member, p) in zip(members, BenjaminiHochberg.adjust(members.map(\.p))) {
                switch comparison {
                case .previous: rows[member.row].sincePrevious = rows[member.row].sincePrevious?.adjusted(to: p)
                case .baseline: rows[member.row].sinceBaseline = rows[member.row].sinceBaseline?.adjusted(to: p)
                }
            }
        }
    }
}

extension Figure<Change> {
    /// The shown change with its adjusted p and verdict set.
    fileprivate func adjusted(to p: Double) -> Figure<Change> {
        map { change in
            var change = change
            change.adjust(to: p)
            return change
        }
    }
}
