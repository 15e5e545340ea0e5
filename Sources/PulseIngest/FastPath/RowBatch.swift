import PulseModel

/// Rows a part of a file has decoded and not yet folded: each part of `CanonicalPulseFile` decodes on
/// its own core and folds into its sink in `PartSinks` a batch at a time, taking the lock once per
/// batch instead of once per row.
///
/// A part offers its batch to the sink once it holds `offerAt` rows, and keeps decoding when another
/// part holds the lock; only a full batch waits for it.
///
///     var batch = RowBatch(itemCount: 24)
///     if let row = decoder.read(bytes, fields, answers: batch.nextAnswers) {
///         batch.append(month: row.month, school: row.school, role: row.role)
///     }
///     if batch.count >= RowBatch.offerAt { sinks.fold(&batch, part: 0, ..., waiting: batch.isFull) }
struct RowBatch: ~Copyable {
    /// The rows a batch holds.
    static var capacity: Int { 4 * offerAt }
    /// The rows from which a batch is offered to the sink.
    static var offerAt: Int { 1024 }

    let itemCount: Int
    private(set) var count = 0
    private let months: UnsafeMutablePointer<Month>
    private let schools: UnsafeMutablePointer<Int32>
    /// The part's role numbers (`RowDecoder.Row.role`).
    private let roles: UnsafeMutablePointer<Int32>
    /// `itemCount` raw answers per row.
    private let answers: UnsafeMutablePointer<Int8>

    init(itemCount: Int) {
        self.itemCount = itemCount
        months = .allocate(capacity: Self.capacity)
        schools = .allocate(capacity: Self.capacity)
        roles = .allocate(capacity: Self.capacity)
        answers = .allocate(capacity: Self.capacity * max(itemCount, 1))
    }

    deinit {
        months.deallocate()
        schools.deallocate()
        roles.deallocate()
        answers.deallocate()
    }

    var isFull: Bool { count == Self.capacity }

    /// Where the next row's `itemCount` answers go: the decoder writes them there, and `append` keeps
    /// them (a row it does not keep is written over by the next one). Not valid when the batch is full.
    var nextAnswers: UnsafeMutablePointer<Int8> { answers + count * itemCount }

    /// Keeps a row whose answers are at `nextAnswers` (the batch must not be full).
    mutating func append(month: Month, school: Int, role: Int) {
        precondition(count < Self.capacity, "a full batch")
        (months + count).initialize(to: month)
        schools[count] = Int32(school)
        roles[count] = Int32(role)
        count += 1
    }

    /// Folds the rows into `sink` and empties the batch. `sinkRoles` maps the part's role numbers to the
    /// sink's, and grows from `roleNames` (the part's role names by number) as rows bring new ones.
    mutating func fold<Sink: ResponseSink>(into sink: inout Sink, sinkRoles: inout [Int], roleNames: [String]) {
        while sinkRoles.count < roleNames.count { sinkRoles.append(sink.role(named: roleNames[sinkRoles.count])) }
        for row in 0..<count { roles[row] = Int32(sinkRoles[Int(roles[row])]) }  // the sink's numbers
        sink.add(
            ResponseRows(
                count: count, months: months, schools: schools, roles: roles, answers: answers, itemCount: itemCount))
        months.deinitialize(count: count)
        count = 0
    }
}
