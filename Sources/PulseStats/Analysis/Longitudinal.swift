import PulseModel

/// Changes, trends and signals along each (group, measure) series of a table's rows.
///
/// A change compares the row's month with the group's previous month with data and with its first month
/// with data (the baseline); it is suppressed when either side is. Welch p-values are adjusted with
/// Benjamini–Hochberg over one family per (period, comparison kind): every change of that month and kind
/// in the table, across levels, groups, roles and measures. Trends and signals use the shown months up to
/// the row's month, and are suppressed when the row's month is.
enum Longitudinal {
    private struct SeriesKey: Hashable {
        var group: GroupKey
        var measure: String
    }

    private struct FamilyKey: Hashable {
        var period: Month
        var comparison: Comparison
    }

    /// Sets `sincePrevious`, `sinceBaseline`, `trend` and `signals` of every row.
    ///
    /// - Parameters:
    ///   - rows: ordered by period within each series.
    ///   - tallies: the tally behind each row, by position.
    static func annotate(_ rows: inout [FigureRow], tallies: [MeasureTally]) {
        var series: [SeriesKey: [Int]] = [:]
        for index in rows.indices {
            series[SeriesKey(group: rows[index].group, measure: rows[index].measure), default: []].append(index)
        }
        for indices in series.values {
            for (position, index) in indices.enumerated() {
                if position > 0 {
                    rows[index].sincePrevious = change(
                        .previous, from: indices[position - 1], to: index, rows: rows, tallies: tallies)
                    rows[index].sinceBaseline = change(
                        .baseline, from: indices[0], to: index, rows: rows, tallies: tallies)
                }
                let shown = indices[...position].filter { !rows[$0].figures.isSuppressed }
                if let hidden = rows[index].figures.suppression {
                    rows[index].trend = position + 1 >= Trend.minimumMonths ? .suppressed(hidden) : nil
                    rows[index].signals = .suppressed(hidden)
                } else {
                    let months = shown.map { rows[$0].period }
                    let means = shown.map { tallies[$0].mean! }
                    rows[index].trend = Trend(months: months, means: means).map { .shown($0) }
                    rows[index].signals = .shown(
                        SeriesSignals(
                            months: months, means: means, favorable: shown.map { tallies[$0].favorable },
                            n: shown.map { tallies[$0].n }))
                }
            }
        }
        adjustFamilies(&rows)
    }

    /// The change of a row from an earlier row of its series, before adjustment.
    private static func change(
        _ comparison: Comparison, from earlier: Int, to later: Int, rows: [FigureRow], tallies: [MeasureTally]
    ) -> Figure<Change>? {
        if let hidden = rows[later].figures.suppression ?? rows[earlier].figures.suppression {
            return .suppressed(hidden)
        }
        return Change(comparison, from: rows[earlier].period, earlier: tallies[earlier], later: tallies[later])
            .map { .shown($0) }
    }

    /// Benjamini–Hochberg over each (period, comparison) family of shown changes with a Welch p.
    private static func adjustFamilies(_ rows: inout [FigureRow]) {
        var families: [FamilyKey: [(row: Int, p: Double)]] = [:]
        for index in rows.indices {
            for comparison in Comparison.allCases {
                if let p = rows[index].change(comparison)?.value?.welch?.pValue {
                    families[FamilyKey(period: rows[index].period, comparison: comparison), default: []]
                        .append((index, p))
                }
            }
        }
        for (family, members) in families {
            let adjusted = BenjaminiHochberg.adjust(members.map(\.p))
            for (member, p) in zip(members, adjusted) {
                switch family.comparison {
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
