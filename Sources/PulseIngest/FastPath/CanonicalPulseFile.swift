import CSV
import Dispatch
import Foundation
import PulseModel

/// The fast path for a canonical pulse file (UTF-8, every item column present, rows that need no
/// diagnostic): the file is split at record boundaries into a few parts per core, shrinking towards its
/// end (`partEnds`), each part decoded straight from its bytes and folded, a batch of rows at a time,
/// into `PartSinks`: a sink per core, or one shared by the parts when the dataset has `sharingFrom`
/// schools or more. A core that finishes its part takes the next, so a core slowed by other work on the
/// machine holds the others up by at most one small part.
/// Same tallies, diagnostics and fold as `PulseFile`, which reads every file the fast path declines.
///
/// Exactness does not rest on guessing: a split point is chosen where the following records parse
/// strictly, and then *checked*: the part before it, read from the file's true start, must stop exactly
/// there. If it does not (a quoted comment that looks like records), the file is read again in one part.
///
/// A record that parses but that `PulseFile` would report or read otherwise (a bad answer, an unknown
/// school, a wrong number of fields, a space to trim...) is left aside, and `PulseFile` reads the records
/// left aside at their own lines (`CSVExcerpt`) once the parts are done: same diagnostics, in line order.
/// A record the fast path cannot parse (a broken quote), too many records left aside, or an id
/// of a record left aside that a folded row also has (which of the two is the repeat depends on their
/// order) make `read` return nil before anything is folded into the caller's sink or id set.
struct CanonicalPulseFile {
    let dataset: Dataset
    let schools: SchoolIDTable
    let answers: AnswerBytes
    /// The cores to use: the parts' threads and sinks.
    let threads: Int
    /// Parts per file (at most; see `minimumPartBytes`).
    let parts: Int
    /// A part is at least this long: smaller files are read in fewer parts.
    let minimumPartBytes: Int
    /// Whether the parts fold into one sink (see `PartSinks`).
    let sharesSink: Bool
    /// The declined records a part keeps aside at most (0: a file with any goes to the plain path).
    let maximumDeclinedPerPart: Int
    /// The plain path: it reads the records left aside, and any file this one declines.
    let plain: PulseFile

    /// The schools from which the parts of a file share one sink: a fold of 8,192 schools holds a few
    /// megabytes of cells, a fold per core of 40,000 tens of megabytes.
    static let sharingFrom = 8192

    /// Parts per thread when `parts` is not given.
    static let partsPerThread = 4

    /// - Parameters:
    ///   - parts: nil: `partsPerThread` per thread.
    ///   - sharesSink: nil: when the dataset has `sharingFrom` schools or more.
    init(
        dataset: Dataset, threads: Int = ProcessInfo.processInfo.activeProcessorCount, parts: Int? = nil,
        minimumPartBytes: Int = 2 << 20, sharesSink: Bool? = nil,
        maximumDeclinedPerPart: Int = DeclinedRecord.maximumPerPart
    ) {
        self.maximumDeclinedPerPart = maximumDeclinedPerPart
        self.plain = PulseFile(dataset: dataset)
        self.dataset = dataset
        self.schools = SchoolIDTable(dataset.schools.map(\.id))
        self.answers = AnswerBytes(scale: dataset.program.scale)
        self.threads = max(1, threads)
        self.parts = max(1, parts ?? self.threads * Self.partsPerThread)
        self.minimumPartBytes = max(1, minimumPartBytes)
        self.sharesSink = sharesSink ?? (dataset.schools.count >= Self.sharingFrom)
    }

    /// Folds a pulse file into `sink`, adds its ids to `seen` and its header diagnostics to `log`; nil
    /// (with `sink`, `seen` and `log` untouched) when the plain path must read it.
    func read<Sink: ResponseSink>(
        _ url: URL, file: String, seen: inout ResponseIDSet, log: inout DiagnosticLog, into sink: inout Sink
    ) -> FileTally? {
        var headerLog = log
        guard let window = FileWindow(path: url.path),
            let (plan, dataStart) = plan(url, window, file: file, log: &headerLog)
        else { return nil }
        let chunk = PulseChunk<Sink>(path: url.path, plan: plan, maximumDeclined: maximumDeclinedPerPart)
        let starts = splitPoints(chunk, window, from: dataStart)
        var results = fold(chunk, starts: starts, sink: sink)
        if results == nil && starts.count > 1 { results = fold(chunk, starts: [dataStart], sink: sink) }
        guard let (folded, parts) = results.take() else { return nil }
        // A repeat across parts or files (each part checked only its own rows).
        for (index, part) in parts.enumerated() {
            guard seen.isDisjoint(with: part.ids), parts[..<index].allSatisfy({ $0.ids.isDisjoint(with: part.ids) })
            else { return nil }
        }
        var tally = FileTally(file: file)
        var kept: [Response] = []  // the responses of the records left aside that the plain path keeps
        var keptIDs = ResponseIDSet()
        if parts.contains(where: { !$0.declined.isEmpty }) {
            guard let head = window.bytes(at: 0, count: dataStart) else { return nil }
            let (declinedTally, idsRead) = plain.read(
                Self.excerpt(head: head, parts: parts), file: file, seenIDs: &keptIDs, log: &headerLog
            ) { kept.append($0) }
            guard seen.isDisjoint(with: idsRead), parts.allSatisfy({ $0.ids.isDisjoint(with: idsRead) }) else {
                return nil
            }
            tally.merge(declinedTally)
        }
        // Every check has passed: the ids join `seen` in place (a copy would double it), and the file's
        // fold goes into the caller's sink (which takes it as it is when empty).
        for part in parts {
            seen.formUnion(part.ids)
            tally.accept(part.accepted)
        }
        seen.formUnion(keptIDs)
        sink.merge(folded.take())
        for response in kept { sink.add(response) }
        log = headerLog
        return tally
    }

    /// The parts' outcomes, each written by its own part alone (no lock, which ThreadSanitizer could not
    /// see through for `Mutex`) and read once `concurrentPerform` has returned.
    private struct Outcomes<Sink: ResponseSink>: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<PulseChunk<Sink>.Outcome?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        func free() {
            slots.deinitialize()
            slots.deallocate()
        }
    }

    private struct Part {
        var ids: ResponseIDSet
        var accepted: Int
        var declined: [DeclinedRecord]
        var lineBreaks: Int
    }

    /// The header (`head`: the file up to the first data record) and the parts' declined records, each
    /// after the line breaks between it and the one before.
    private static func excerpt(head: [UInt8], parts: [Part]) -> CSVExcerpt {
        var pieces = [CSVExcerpt.Piece(lineBreaksBefore: 0, bytes: head)]
        var partStart = 0  // line breaks from the first data record to the part's start
        var lastEnd = 0  // ... to the last piece's end
        for part in parts {
            for record in part.declined {
                let start = partStart + record.lineBreaksBefore
                pieces.append(CSVExcerpt.Piece(lineBreaksBefore: start - lastEnd, bytes: record.bytes))
                lastEnd = start + record.lineBreaks
            }
            partStart += part.lineBreaks
        }
        return CSVExcerpt(pieces: pieces)
    }

    /// Folds the parts on the threads into their sinks; nil when a part declined or a split point proved
    /// wrong.
    private func fold<Sink: ResponseSink>(
        _ chunk: PulseChunk<Sink>, starts: [Int], sink: Sink
    ) -> (PartSinks<Sink>, [Part])? {
        let outcomes = Outcomes<Sink>(count: starts.count)
        defer { outcomes.free() }
        let sinks = PartSinks(sink.emptyCopy(), threads: min(threads, starts.count), shared: sharesSink)
        DispatchQueue.concurrentPerform(iterations: starts.count) { index in
            let end = index + 1 < starts.count ? starts[index + 1] : nil
            outcomes.slots[index] = sinks.withSink { chunk.fold(from: starts[index], to: end, into: sinks, sink: $0) }
        }
        var parts: [Part] = []
        for (index, outcome) in outcomes.slots.enumerated() {
            guard case .folded(let ids, let accepted, let declined, let lineBreaks, let stoppedAt)? = outcome else {
                return nil
            }
            if index + 1 < starts.count && stoppedAt != starts[index + 1] { return nil }
            parts.append(Part(ids: ids, accepted: accepted, declined: declined, lineBreaks: lineBreaks))
        }
        return (sinks, parts)
    }

    /// The file offsets where the parts start: the data start, then for each further part the first
    /// line start after its share of the file (`partEnds`) from which a few records parse strictly.
    private func splitPoints<Sink>(_ chunk: PulseChunk<Sink>, _ file: borrowing FileWindow, from dataStart: Int)
        -> [Int]
    {
        let size = file.size
        let count = min(parts, max(1, (size - dataStart) / minimumPartBytes))
        var starts = [dataStart]
        guard count > 1 else { return starts }
        let shares = Self.partEnds(count: count)
        let scanner = RecordScanner(delimiter: chunk.plan.delimiter, fieldCount: chunk.plan.fieldCount)
        let fields = UnsafeMutablePointer<FieldSpan>.allocate(capacity: chunk.plan.fieldCount)
        defer { fields.deallocate() }
        fields.initialize(repeating: FieldSpan(), count: chunk.plan.fieldCount)
        for part in 1..<count {
            let target = dataStart + Int((Double(size - dataStart) * shares[part - 1]).rounded(.down))
            guard target > starts.last! else { continue }
            // A few lines suffice unless they are long (comments of many lines): a small window first.
            for window in [16 << 10, 256 << 10] {
                guard let bytes = file.bytes(at: target, count: window) else { break }
                let atEnd = target + bytes.count >= size
                let found = bytes.withUnsafeBufferPointer { view -> Int? in
                    var lineStart = 0
                    while let newline = view[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
                        lineStart = newline + 1
                        if Self.parsesStrictly(view, from: lineStart, atEnd: atEnd, scanner, fields) {
                            return lineStart
                        }
                    }
                    return nil
                }
                if let found {
                    starts.append(target + found)
                    break
                }
                if atEnd { break }
            }
        }
        return starts
    }

    /// Where each of `count` parts ends, as a share of the data (the last one's, 1, left out): the parts'
    /// sizes fall in proportion to `count, count - 1, ..., 1`, so that the cores start on long parts and
    /// end on short ones. With equal parts, a core that takes the last one while the other is idle holds
    /// the file up by a whole part (an eighth of a one-file dataset with 2 cores); now by the last, a
    /// fourth of that.
    ///
    ///     CanonicalPulseFile.partEnds(count: 3)   // [0.5, 0.8333...]: parts of 3/6, 2/6 and 1/6
    static func partEnds(count: Int) -> [Double] {
        let total = Double(count * (count + 1) / 2)
        var taken = 0
        return (0..<(count - 1)).map { part in
            taken += count - part
            return Double(taken) / total
        }
    }

    /// True when at least 8 records (or all until the end of the input) parse strictly from `start`.
    private static func parsesStrictly(
        _ view: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool, _ scanner: RecordScanner,
        _ fields: UnsafeMutablePointer<FieldSpan>
    ) -> Bool {
        var position = start
        for _ in 0..<8 {
            while position < view.count && (view[position] == 0x0A || view[position] == 0x0D) { position += 1 }
            if position == view.count { return atEnd }
            guard case .record(let next, _) = scanner.scan(view, from: position, atEnd: atEnd, into: fields) else {
                return false
            }
            position = next
        }
        return true
    }

    /// Reads the header as `PulseFile` does (its diagnostics go to `log`) and decides whether the file
    /// is canonical: UTF-8, usable, every item column present, a header the strict scanner reads. Returns
    /// the plan and the offset of the first byte after the header.
    private func plan(_ url: URL, _ window: borrowing FileWindow, file: String, log: inout DiagnosticLog)
        -> (PulseFilePlan, Int)?
    {
        guard let reader = try? CSVReader(url: url, chunkSize: 16 << 10) else { return nil }  // the header only
        let items = dataset.instrument.items
        let itemColumns = plain.itemColumns
        let table = Table(
            reader: reader, file: file, required: PulseFile.required, optional: plain.optional, log: &log)
        guard table.usable, table.headerCount > 0, reader.encoding == .utf8 || reader.encoding == .utf8BOM,
            itemColumns.allSatisfy({ table.columns[$0] != nil })
        else { return nil }
        var columns = [PulseFilePlan.Column](repeating: .text, count: table.headerCount)
        let known: [(String, PulseFilePlan.Column)] =
            [("response_id", .responseID), ("submitted_at", .submittedAt), ("school_id", .schoolID), ("role", .role)]
            + itemColumns.enumerated().map { ($1, .item($0)) }
        // One header column with two meanings (an item whose id is `school_id`, or two item ids that differ
        // only in case: `instrument.csv` rejects both, an instrument made in code may have them) is read by
        // the plain path, which gives it both: the plan has one meaning a column.
        var taken = Set<Int>()
        for (name, column) in known {
            guard let index = table.columns[name] else { continue }
            guard taken.insert(index).inserted else { return nil }
            columns[index] = column
        }
        let plan = PulseFilePlan(
            delimiter: reader.delimiter, columns: columns, schools: schools, answers: answers,
            itemScales: items.map { ($0.scaleMin, $0.scaleMax) })
        guard let dataStart = headerEnd(window, plan: plan, hasMark: reader.encoding == .utf8BOM) else { return nil }
        return (plan, dataStart)
    }

    /// The offset after the header record (after a byte-order mark and blank lines), if it parses strictly
    /// within the first 64 KiB, or else within the first MiB.
    private func headerEnd(_ file: borrowing FileWindow, plan: PulseFilePlan, hasMark: Bool) -> Int? {
        let fields = UnsafeMutablePointer<FieldSpan>.allocate(capacity: plan.fieldCount)
        defer { fields.deallocate() }
        fields.initialize(repeating: FieldSpan(), count: plan.fieldCount)
        let scanner = RecordScanner(delimiter: plan.delimiter, fieldCount: plan.fieldCount)
        for window in [64 << 10, 1 << 20] {
            guard let bytes = file.bytes(at: 0, count: window) else { return nil }
            let scanned = bytes.withUnsafeBufferPointer { view -> RecordScanner.Outcome in
                var position = hasMark ? 3 : 0
                while position < view.count && (view[position] == 0x0A || view[position] == 0x0D) { position += 1 }
                return scanner.scan(view, from: position, atEnd: bytes.count < window, into: fields)
            }
            switch scanned {
            case .record(let next, _): return next
            case .needsMore where bytes.count == window: continue
            default: return nil
            }
        }
        return nil
    }
}
