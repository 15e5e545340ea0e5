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

    /// A row as the analysis makes it, before its period's adjustment: the row when it is kept, and the
    /// Welch p of each of its changes (kept or not, a row's changes belong to their families).
    struct UnadjustedRow: Sendable {
        var row: FigureRow?
        var previousP: Double?
        var baselineP: Double?

        init(_ row: FigureRow, kept: Bool) {
            self.row = kept ? row : nil
            previousP = row.sincePrevious?.value?.welch?.pValue
            baselineP = row.sinceBaseline?.value?.welch?.pValue
        }

        func pValue(_ comparison: Comparison) -> Double? {
            comparison == .previous ? previousP : baselineP
        }
    }

    /// The kept rows of `rows` (in order), each change adjusted by Benjamini–Hochberg over its
    /// comparison's family of the period: every change of `rows` with a Welch p, in row order.
    init(period: Month, adjusting rows: [UnadjustedRow], reliability: [ReliabilityRow]) {
        var kept = rows.compactMap(\.row)
        for comparison in Comparison.allCases {
            // Members of the family by their row: its position among the kept rows, or nil.
            var members: [(kept: Int?, p: Double)] = []
            var keptIndex = 0
            for row in rows {
                if let p = row.pValue(comparison) { members.append((row.row == nil ? nil : keptIndex, p)) }
                if row.row != nil { keptIndex += 1 }
            }
            for (member, p) in zip(members, BenjaminiHochberg.adjust(members.map(\.p))) {
                guard let index = member.kept else { continue }
                switch comparison {
                case .previous: kept[index].sincePrevious = kept[index].sincePrevious?.adjusted(to: p)
                case .baseline: kept[index].sinceBaseline = kept[index].sinceBaseline?.adjusted(to: p)
                }
            }
        }
        self.init(period: period, rows: kept, reliability: reliability)
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
