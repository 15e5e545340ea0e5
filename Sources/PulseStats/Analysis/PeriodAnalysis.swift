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
    }

    /// The kept rows of `rows` (in order), each change adjusted by Benjamini–Hochberg over its
    /// comparison's family of the period: every change of `rows` with a Welch p, in row order.
    init(period: Month, adjusting rows: [UnadjustedRow], reliability: [ReliabilityRow]) {
        // Read in place: an unadjusted row is large, and only its p values are needed for the families.
        var kept: [FigureRow] = []
        var keptIndex: [Int?] = []
        keptIndex.reserveCapacity(rows.count)
        for index in rows.indices {
            if let row = rows[index].row {
                keptIndex.append(kept.count)
                kept.append(row)
            } else {
                keptIndex.append(nil)
            }
        }
        for comparison in Comparison.allCases {
            let members = rows.indices.compactMap { index in
                (comparison == .previous ? rows[index].previousP : rows[index].baselineP).map { (row: index, p: $0) }
            }
            for (member, p) in zip(members, BenjaminiHochberg.adjust(members.map(\.p))) {
                guard let index = keptIndex[member.row] else { continue }
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
