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

    /// What the period's adjustment reads of every row, kept or not: whether it is kept, and the Welch p of
    /// each of its changes (kept or not, a row's changes belong to their families).
    struct UnadjustedChanges: Sendable {
        var kept: Bool
        var previousP: Double?
        var baselineP: Double?

        /// The changes of a kept row.
        init(of row: FigureRow) {
            kept = true
            previousP = row.sincePrevious?.value?.welch?.pValue
            baselineP = row.sinceBaseline?.value?.welch?.pValue
        }

        /// The changes of a row nobody keeps.
        init(previousP: Double?, baselineP: Double?) {
            kept = false
            self.previousP = previousP
            self.baselineP = baselineP
        }
    }

    /// `kept` (the kept rows of the period, in order) with each change adjusted by Benjamini–Hochberg over
    /// its comparison's family of the period: every change of `changes` (every row, in row order) with a
    /// Welch p.
    init(period: Month, kept: consuming [FigureRow], changes: [UnadjustedChanges], reliability: [ReliabilityRow]) {
        var keptIndex: [Int?] = []
        keptIndex.reserveCapacity(changes.count)
        var keptCount = 0
        for row in changes {
            keptIndex.append(row.kept ? keptCount : nil)
            if row.kept { keptCount += 1 }
        }
        precondition(keptCount == kept.count, "a kept row without its changes")
        // The two families are adjusted side by side; the rows are updated after, one family at a time.
        let adjusted = concurrentMap(Comparison.allCases.count) { c in
            let comparison = Comparison.allCases[c]
            let members = changes.indices.compactMap { index in
                (comparison == .previous ? changes[index].previousP : changes[index].baselineP).map {
                    (row: index, p: $0)
                }
            }
            return (comparison: comparison, rows: members.map(\.row), p: BenjaminiHochberg.adjust(members.map(\.p)))
        }
        for family in adjusted {
            for (row, p) in zip(family.rows, family.p) {
                guard let index = keptIndex[row] else { continue }
                switch family.comparison {
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
