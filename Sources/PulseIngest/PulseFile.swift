import CSV
import Foundation
import PulseModel

/// Streams the responses of one pulse file
/// (`response_id,submitted_at,school_id,role,<one column per item_id>,comment`); a survey platform's own
/// export is recognised (`PulseLayout`) and read by `PlatformExport` instead.
///
/// A row that cannot be placed (wrong field count, blank or repeated `response_id`, unknown school,
/// bad date) is reported and left out; a bad answer cell is reported and left blank while the rest of
/// the response counts.
struct PulseFile {
    let dataset: Dataset
    let schoolIndex: [String: Int]
    let answers: AnswerReader
    /// The item columns' names (the items' ids, normalised), made once: normalising trims with Foundation.
    let itemColumns: [String]

    init(dataset: Dataset) {
        self.dataset = dataset
        self.itemColumns = dataset.instrument.items.map { Table.normalise($0.id) }
        var index: [String: Int] = [:]
        index.reserveCapacity(dataset.schools.count)  // no rehashing as it grows
        for (i, school) in dataset.schools.enumerated() { index[school.id] = i }
        self.schoolIndex = index
        self.answers = AnswerReader(scale: dataset.program.scale)
    }

    func read(
        _ url: URL, file: String, seenIDs: inout ResponseIDSet, log: inout DiagnosticLog,
        each: (Response) -> Void
    ) -> FileTally? {
        if let layout = PulseLayout.detect(url), layout != .canonical {
            return PlatformExport(dataset: dataset, layout: layout).read(
                url, file: file, seenIDs: &seenIDs, log: &log,
                each: each)?.tally
        }
        guard var table = Table(url: url, file: file, required: Self.required, optional: optional, log: &log) else {
            return nil
        }
        let items = dataset.instrument.items
        let absent = items.indices.filter { table.columns[itemColumns[$0]] == nil }.map { items[$0].id }
        if table.usable && !absent.isEmpty {
            log.warning(
                file, line: 1, "no column for item(s) \(absent.joined(separator: ", ")): their answers count as skipped"
            )
        }
        var idsRead: ResponseIDSet? = nil
        readRows(of: &table, seenIDs: &seenIDs, idsRead: &idsRead, log: &log, each: each)
        return table.tally
    }

    /// Reads the records of a canonical file that the fast path left aside, at their own lines
    /// (`CSVExcerpt`, its first piece the file's header), as `read` reads them in the whole file, but for
    /// the header's diagnostics, which the fast path has made. Returns the tally and every id that a
    /// row's repeat check looked up, so that the caller can tell whether the check could have met
    /// another row of the file.
    func read(
        _ excerpt: CSVExcerpt, file: String, seenIDs: inout ResponseIDSet, log: inout DiagnosticLog,
        each: (Response) -> Void
    ) -> (tally: FileTally, idsRead: ResponseIDSet) {
        var headerLog = DiagnosticLog()
        var table = Table(
            reader: CSVReader(excerpt: excerpt), file: file, required: Self.required, optional: optional,
            log: &headerLog)
        var idsRead: ResponseIDSet? = ResponseIDSet()
        readRows(of: &table, seenIDs: &seenIDs, idsRead: &idsRead, log: &log, each: each)
        return (table.tally, idsRead!)
    }

    /// The columns a pulse file must have, and the others it may have (`itemColumns` among them): the
    /// fast path reads a header with the same lists (`CanonicalPulseFile`).
    static let required = ["response_id", "submitted_at", "school_id"]
    /// The optional columns that are not items.
    static let ownOptional = ["role", "comment"]
    var optional: [String] { Self.ownOptional + itemColumns }

    /// Reads the rows of a table, every row that reads cleanly to `each`; with `idsRead`, adds to it
    /// every id looked up.
    private func readRows(
        of table: inout Table, seenIDs: inout ResponseIDSet, idsRead: inout ResponseIDSet?,
        log: inout DiagnosticLog, each: (Response) -> Void
    ) {
        let items = dataset.instrument.items
        let itemColumns = self.itemColumns
        // The fields of the columns, found once: (item, field) of each item with a column.
        let idField = table.columns["response_id"], dateField = table.columns["submitted_at"]
        let schoolField = table.columns["school_id"], roleField = table.columns["role"]
        let commentField = table.columns["comment"]
        let itemFields = items.indices.compactMap { item in table.columns[itemColumns[item]].map { (item, $0) } }
        while let row = table.nextRow(log: &log) {
            var ok = true
            let id = row.text(at: idField)
            if !id.isEmpty && idsRead != nil { idsRead!.insert(id) }
            if id.isEmpty {
                row.error(at: idField, "blank response_id; row left out", log: &log)
                ok = false
            } else if seenIDs.contains(id) {
                row.error(at: idField, "response_id \"\(id)\" already used; this repeat is left out", log: &log)
                ok = false
            }
            let submitted = Values.day(row.text(at: dateField))
            if submitted == nil {
                row.error(
                    at: dateField,
                    "submitted_at \"\(row.text(at: dateField))\" is not an ISO 8601 date; row left out", log: &log)
                ok = false
            }
            let school = schoolIndex[row.text(at: schoolField)]
            if school == nil {
                row.error(
                    at: schoolField,
                    "unknown school_id \"\(row.text(at: schoolField))\" (not in schools.csv); row left out", log: &log)
                ok = false
            }
            guard ok, let submitted, let school else {
                table.settle(accepted: false)
                continue
            }
            var values = [Int8](repeating: Response.skipped, count: items.count)
            for (item, field) in itemFields {
                let outcome =
                    row.record.withBytes(field) {
                        answers.readShort($0, low: items[item].scaleMin, high: items[item].scaleMax)
                    } ?? answers.read(row.text(at: field), item: items[item])
                switch outcome {
                case .skipped: break
                case .answer(let v): values[item] = v
                case .invalid(let message): row.error(at: field, message, log: &log)
                }
            }
            seenIDs.insert(id)
            let role = row.text(at: roleField)
            each(
                Response(
                    id: id, submitted: submitted, schoolIndex: school, role: role.isEmpty ? "unspecified" : role,
                    answers: values, comment: row.raw(at: commentField)))
            table.settle(accepted: true)
        }
    }
}
