import Dispatch
import PulseModel

/// All cells of a dataset's responses, keyed by (month, school, role): the sufficient statistics every
/// figure of the analysis is derived from (DESIGN.md decisions 1 and 2).
///
/// Responses are folded in and forgotten; memory grows with months × schools × roles, not with rows.
/// Folds merge by addition, so chunks can be folded apart and merged:
///
///     var fold = PulseFold(instrument: dataset.instrument)
///     for response in stream { fold.add(response) }
///     let same = PulseFold.parallel(responses, instrument: dataset.instrument)   // == fold
///
/// Two folds are equal when they hold the same cells under the same role *names* (role indices depend
/// on the order roles were first seen).
public struct PulseFold: Sendable {
    /// Where each statistic lives in a cell.
    public let layout: FoldLayout
    /// The roles seen, interned.
    public private(set) var roles = RoleTable()
    /// Whether cells are kept per role; when not, every response counts under one role,
    /// `PulseFold.anyRole`, and a month × school is one cell.
    public let keepsRoles: Bool
    /// The cells with at least one response, in the order they were first seen (their slots).
    private var store: CellCounts
    /// The slot of every key, and the keys.
    private var index = CellIndex()

    /// The cells with at least one response.
    ///
    /// - Complexity: O(cells): a dictionary is made on each call (`allStaffCells(in:dataset:)` gives a
    ///   month's groups).
    public var cells: [CellKey: CellAccumulator] {
        Dictionary(uniqueKeysWithValues: index.cells().map { ($0.key, store.cell($0.slot)) })
    }

    /// Where the cells of one month are (see `cell(at:)`), in no particular order.
    func slots(in month: Month) -> [(key: CellKey, slot: Int)] {
        index.cells(in: month)
    }

    /// The cell in a slot given by `slots(in:)`.
    func cell(at slot: Int) -> CellAccumulator { store.cell(slot) }

    /// Adds the cell in a slot given by `slots(in:)` to a cell of `cells` (of the same layout), byte by
    /// byte when both are small enough (`CellCounts.merge(_:slot:into:)`).
    func pool(_ slot: Int, into cells: inout CellCounts, at target: Int) {
        cells.merge(store, slot: slot, into: target)
    }

    /// The one role of a fold that does not keep roles.
    public static let anyRole = "any role"

    /// An empty fold.
    ///
    /// - Parameters:
    ///   - roles: keep a cell per role (for role rows); off, a fold holds one cell per month × school.
    ///   - reliability: keep the complete-case sums of Cronbach's alpha (see `FoldLayout`).
    public init(instrument: Instrument, roles: Bool = true, reliability: Bool = true) {
        self.init(layout: FoldLayout(instrument: instrument, reliability: reliability), roles: roles)
    }

    private init(layout: FoldLayout, roles: Bool) {
        self.layout = layout
        keepsRoles = roles
        store = CellCounts(layout: layout)
    }

    /// An empty fold that keeps what this one keeps, sharing its layout (whose tables are made once).
    public func emptyCopy() -> PulseFold { PulseFold(layout: layout, roles: keepsRoles) }

    /// Folds in one response.
    ///
    /// - Complexity: one role look-up, one cell look-up and O(items + Σ k²) integer additions.
    public mutating func add(_ response: Response) {
        let key = CellKey(month: response.month, school: response.schoolIndex, role: role(named: response.role))
        response.answers.withUnsafeBufferPointer { store.add($0, to: slot(of: key)) }
    }

    /// The index of a role in this fold (blank names become `RoleTable.unspecified`), for
    /// `add(month:school:role:answers:)`.
    public mutating func role(named name: String) -> Int { roles.intern(keepsRoles ? name : Self.anyRole) }

    /// Folds in one response given as its cell and raw answers (`Response.skipped` for a blank), without a
    /// `Response`: the loaders' fast path.
    ///
    ///     let teacher = fold.role(named: "teacher")
    ///     answers.withUnsafeBufferPointer { fold.add(month: march, school: 3, role: teacher, answers: $0) }
    ///
    /// - Complexity: one cell look-up and O(items + Σ k²) integer additions.
    public mutating func add(month: Month, school: Int, role: Int, answers: UnsafeBufferPointer<Int8>) {
        store.add(answers, to: slot(ofInterned: CellKey(month: month, school: school, role: role)))
    }

    /// Folds in a batch of responses given as `add(month:school:role:answers:)` takes them: the fast path's
    /// batches, folded in one loop here.
    public mutating func add(_ rows: ResponseRows) {
        // Every row's cell first (which may add cells), then the counts in one loop of `CellCounts`.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: rows.count) { slots in
            for row in 0..<rows.count {
                let key = CellKey(month: rows.months[row], school: Int(rows.schools[row]), role: Int(rows.roles[row]))
                slots[row] = slot(ofInterned: key)
            }
            store.add(rows, to: UnsafeBufferPointer(slots))
        }
    }

    /// `slot(of:)` of a key given by the fast path, whose role must have been interned (`role(named:)`).
    @inline(__always)
    private mutating func slot(ofInterned key: CellKey) -> Int {
        precondition(roles.names.indices.contains(key.role), "a role not interned in this fold")
        return slot(of: key)
    }

    /// The slot of a cell, made empty when new.
    private mutating func slot(of key: CellKey) -> Int {
        if let known = index.slot(of: key) { return known }
        let slot = store.append()
        index.set(slot, for: key)
        return slot
    }

    /// Adds another fold of the same instrument, matching roles by name.
    ///
    /// - Complexity: O(cells of `other` × layout width).
    public mutating func merge(_ other: PulseFold) {
        precondition(layout == other.layout && keepsRoles == other.keepsRoles, "folds of different kinds")
        // An empty fold takes the other's cells, slots and roles as they are: what the merge would make,
        // without a second copy of every cell (the first part of a large file is most of its fold).
        if store.count == 0 && roles.names.isEmpty {
            self = other
            return
        }
        let roleMap = other.roles.names.map { roles.intern($0) }
        for (key, theirs) in other.index.cells() {
            let mine = slot(of: CellKey(month: key.month, school: key.school, role: roleMap[key.role]))
            store.merge(other.store, slot: theirs, into: mine)
        }
    }

    /// Folds an array of responses in `chunks` contiguous parts on all cores
    /// (`DispatchQueue.concurrentPerform`) and merges the parts in order.
    ///
    /// The result equals the sequential fold exactly.
    public static func parallel(_ responses: [Response], instrument: Instrument, chunks: Int = 8) -> PulseFold {
        let parts = max(1, min(chunks, responses.count))
        let partials = PartialFolds(count: parts, instrument: instrument)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var fold = PulseFold(instrument: instrument)
            let lower = responses.count * part / parts
            let upper = responses.count * (part + 1) / parts
            for response in responses[lower..<upper] { fold.add(response) }
            partials.store(fold, at: part)
        }
        return partials.folds.reduce(into: PulseFold(instrument: instrument)) { $0.merge($1) }
    }

    /// The months with at least one response, ascending.
    public var months: [Month] { index.periods }

    /// The merge of the cells of one month whose school and role pass the filters (an empty cell when none).
    public func merged(month: Month, schools: Set<Int>? = nil, role: Int? = nil) -> CellAccumulator {
        var total = CellAccumulator(layout: layout)
        for (key, slot) in index.cells(in: month)
        where (schools?.contains(key.school) ?? true) && (role.map { $0 == key.role } ?? true) {
            total.merge(store.cell(slot))
        }
        return total
    }
}

extension PulseFold: Equatable {
    public static func == (a: PulseFold, b: PulseFold) -> Bool {
        a.layout == b.layout && a.keepsRoles == b.keepsRoles && a.cellsByRoleName == b.cellsByRoleName
    }

    /// The cells keyed by role name instead of role index.
    private var cellsByRoleName: [NamedCellKey: CellAccumulator] {
        Dictionary(
            uniqueKeysWithValues: cells.map { key, cell in
                (NamedCellKey(month: key.month, school: key.school, role: roles.names[key.role]), cell)
            })
    }

    private struct NamedCellKey: Hashable {
        var month: Month
        var school: Int
        var role: String
    }
}

/// The per-chunk results of `PulseFold.parallel`, each slot written by exactly one iteration.
private final class PartialFolds: Sendable {
    private let slots: Locked<[PulseFold]>

    init(count: Int, instrument: Instrument) {
        slots = Locked(Array(repeating: PulseFold(instrument: instrument), count: count))
    }

    func store(_ fold: PulseFold, at index: Int) {
        slots.withLock { $0[index] = fold }
    }

    var folds: [PulseFold] { slots.withLock { $0 } }
}
