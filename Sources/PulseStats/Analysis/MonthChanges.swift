/// The Welch p of a row's two changes, before adjustment: nil where a change is suppressed or has no
/// Welch test.
struct ChangePValues: Sendable, BitwiseCopyable {
    var previous: Double?
    var baseline: Double?
}

/// Every change of one month adjusted by Benjamini–Hochberg over its comparison's family (every change
/// since the previous month, every change since the baseline), found by the row's position in the month
/// (group · measures + measure): made before the month's first block of rows, so that its rows can be
/// built and handed over a block at a time.
///
///     let changes = MonthChanges(pValues)          // one ChangePValues per row of the month
///     changes.adjustedP(.previous, row: 7)         // nil: row 7 has no change since the previous month
struct MonthChanges: Sendable {
    private let previous: [Double?]
    private let baseline: [Double?]

    /// No changes (a month analysed without them).
    init() {
        (previous, baseline) = ([], [])
    }

    /// - Parameter pValues: per row of the month, in table order, its changes' p values.
    init(_ pValues: [ChangePValues]) {
        let families = concurrentMap(2) { family in  // side by side
            Self.adjusted(pValues.map { family == 0 ? $0.previous : $0.baseline })
        }
        (previous, baseline) = (families[0], families[1])
    }

    /// The adjusted p of a row's change, nil when it has none to adjust.
    func adjustedP(_ comparison: Comparison, row: Int) -> Double? {
        let family = comparison == .previous ? previous : baseline
        return row < family.count ? family[row] : nil
    }

    /// A family's p values adjusted, in place of the unadjusted ones (nil stays nil).
    private static func adjusted(_ pValues: [Double?]) -> [Double?] {
        let members = pValues.indices.filter { pValues[$0] != nil }
        var adjusted = [Double?](repeating: nil, count: pValues.count)
        for (row, p) in zip(members, BenjaminiHochberg.adjust(members.map { pValues[$0]! })) { adjusted[row] = p }
        return adjusted
    }
}

extension Figure<Change> {
    /// The shown change with its adjusted p and the verdict that follows, given one.
    func adjusted(to p: Double?) -> Figure<Change> {
        guard let p else { return self }
        return map { change in
            var change = change
            change.adjust(to: p)
            return change
        }
    }
}
