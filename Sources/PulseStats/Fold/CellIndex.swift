import PulseModel

/// Where each (month, school, role) cell of a `PulseFold` is stored, found without hashing: the fold's
/// per-row look-up.
///
/// Months are few (a program runs for twelve) and a file's rows mostly share one, so the last month's
/// position is remembered; schools and roles are small dense indices, so the rest is two array reads.
///
///     var index = CellIndex()
///     index.slot(of: CellKey(month: march, school: 3, role: 0))          // nil: not stored yet
///     index.set(7, for: CellKey(month: march, school: 3, role: 0))
///     index.slot(of: CellKey(month: march, school: 3, role: 0))          // 7
struct CellIndex: Sendable {
    private var months: [Month] = []
    /// Per month (in `months` order), per role, per school: the slot + 1, 0 when there is none yet.
    private var slots: [[[Int32]]] = []
    private var lastMonth = Month(year: 0, month: 1)
    private var lastPosition = -1

    /// The slot of a cell, nil when it has none yet.
    mutating func slot(of key: CellKey) -> Int? {
        let m = position(of: key.month)
        guard key.role < slots[m].count, key.school < slots[m][key.role].count else { return nil }
        let stored = slots[m][key.role][key.school]
        return stored == 0 ? nil : Int(stored) - 1
    }

    /// Records the slot of a cell.
    mutating func set(_ slot: Int, for key: CellKey) {
        precondition(key.school >= 0 && key.role >= 0 && slot < Int(Int32.max), "a cell index out of range")
        let m = position(of: key.month)
        if key.role >= slots[m].count { slots[m] += Array(repeating: [], count: key.role + 1 - slots[m].count) }
        if key.school >= slots[m][key.role].count {
            slots[m][key.role] += Array(repeating: 0, count: key.school + 1 - slots[m][key.role].count)
        }
        slots[m][key.role][key.school] = Int32(slot + 1)
    }

    /// The position of a month in `months`, adding it when new.
    private mutating func position(of month: Month) -> Int {
        if month == lastMonth { return lastPosition }
        let found = months.firstIndex(of: month) ?? months.count
        if found == months.count {
            months.append(month)
            slots.append([])
        }
        (lastMonth, lastPosition) = (month, found)
        return found
    }
}
