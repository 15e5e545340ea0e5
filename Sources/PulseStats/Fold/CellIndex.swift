import PulseModel

/// Where each (month, school, role) cell of a `PulseFold` is stored, found without hashing: the fold's
/// per-row look-up, and its list of cells (`cells(in:)`).
///
/// Months are few (a program runs for twelve) and roles a handful, and a file's rows mostly share one
/// month (and, in a fold without roles, one role), so each (month, role) pair has a row of the table and
/// the last pair's row is remembered; schools are small dense indices, so the rest is one array read.
///
///     var index = CellIndex()
///     index.slot(of: CellKey(month: march, school: 3, role: 0))          // nil: not stored yet
///     index.set(7, for: CellKey(month: march, school: 3, role: 0))
///     index.slot(of: CellKey(month: march, school: 3, role: 0))          // 7
struct CellIndex: Sendable {
    private var months: [Month] = []
    /// Per month (in `months` order), per role: its row in `table`, −1 when it has none yet.
    private var rows: [[Int]] = []
    /// Per row, `schoolCapacity` entries: per school the slot + 1, 0 when there is none yet.
    private var table: [Int32] = []
    private var schoolCapacity = 0
    private var rowCount = 0
    /// The last (month, role) asked for and its row (−1: none yet).
    private var last: (month: Month, role: Int, row: Int)?

    /// The slot of a cell, nil when it has none yet.
    mutating func slot(of key: CellKey) -> Int? {
        let row: Int
        if let last, last.month == key.month, last.role == key.role {  // the common case, inline
            row = last.row
        } else {
            row = self.row(of: key, creating: false)
        }
        guard row >= 0, key.school >= 0, key.school < schoolCapacity else { return nil }
        let stored = table[row * schoolCapacity + key.school]
        return stored == 0 ? nil : Int(stored) - 1
    }

    /// The months with at least one cell, ascending.
    var periods: [Month] { months.sorted() }

    /// Every cell of a month (every month when nil) and its slot, by role and then by school.
    func cells(in month: Month? = nil) -> [(key: CellKey, slot: Int)] {
        var found: [(key: CellKey, slot: Int)] = []
        for (m, period) in months.enumerated() where month == nil || month == period {
            for (role, row) in rows[m].enumerated() where row >= 0 {
                for school in 0..<schoolCapacity {
                    let stored = table[row * schoolCapacity + school]
                    guard stored != 0 else { continue }
                    found.append((CellKey(month: period, school: school, role: role), Int(stored) - 1))
                }
            }
        }
        return found
    }

    /// Records the slot of a cell.
    mutating func set(_ slot: Int, for key: CellKey) {
        precondition(key.school >= 0 && key.role >= 0 && slot < Int(Int32.max), "a cell index out of range")
        let row = self.row(of: key, creating: true)
        if key.school >= schoolCapacity { widen(to: key.school + 1) }
        table[row * schoolCapacity + key.school] = Int32(slot + 1)
    }

    /// The row of a key's (month, role), made when `creating`; −1 when there is none.
    private mutating func row(of key: CellKey, creating: Bool) -> Int {
        if let last, last.month == key.month, last.role == key.role, last.row >= 0 || !creating { return last.row }
        let m = months.firstIndex(of: key.month) ?? months.count
        if m == months.count {
            guard creating else { return remember(key, row: -1) }
            months.append(key.month)
            rows.append([])
        }
        if key.role >= rows[m].count {
            guard creating else { return remember(key, row: -1) }
            rows[m] += Array(repeating: -1, count: key.role + 1 - rows[m].count)
        }
        if rows[m][key.role] < 0 && creating {
            rows[m][key.role] = rowCount
            rowCount += 1
            table += repeatElement(0, count: schoolCapacity)
        }
        return remember(key, row: rows[m][key.role])
    }

    private mutating func remember(_ key: CellKey, row: Int) -> Int {
        last = (key.month, key.role, row)
        return row
    }

    /// Gives every row room for at least `schools` schools (doubling, so that growing is rare).
    private mutating func widen(to schools: Int) {
        let capacity = max(schools, 2 * schoolCapacity, 16)
        var wider = [Int32](repeating: 0, count: rowCount * capacity)
        for row in 0..<rowCount {
            for school in 0..<schoolCapacity { wider[row * capacity + school] = table[row * schoolCapacity + school] }
        }
        (table, schoolCapacity) = (wider, capacity)
    }
}
