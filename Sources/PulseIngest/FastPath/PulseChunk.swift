import Foundation
import PulseModel

/// Folds the records of one byte range of a canonical pulse file on the fast path: the work of one
/// thread. Reads with `pread` into one reused buffer, checks and decodes each record with `RowDecoder` (in
/// one pass for a plain line, after `RecordScanner` for any other) and folds it into its sink in
/// `PartSinks`, a `RowBatch` at a time.
///
/// The range starts at a record start (or a blank line) and the part stops at the first record that
/// starts at or after `end`; `stoppedAt` tells the caller where that was, so that it can check that the
/// next part started exactly there.
///
/// A record that parses but that the decoder declines (a bad answer, an unknown school, a wrong number
/// of fields...) is kept aside as a `DeclinedRecord` for the plain path, up to `maximumDeclined` of them;
/// the part counts line breaks as it goes, so that the plain path can place it at its line.
struct PulseChunk<Sink: ResponseSink>: Sendable {
    enum Outcome {
        /// Every record was taken or kept aside. `stoppedAt` is the file offset where the part stopped,
        /// `lineBreaks` the line breaks from its start to there.
        case folded(
            ids: ResponseIDSet, accepted: Int, declined: [DeclinedRecord], lineBreaks: Int, stoppedAt: Int)
        /// A record the fast path cannot read past, too many declined records, or a read error: the plain
        /// path must read the file.
        case unsupported
    }

    static var bufferSize: Int { 256 << 10 }

    let path: String
    let plan: PulseFilePlan
    /// The records a part keeps aside at most (`DeclinedRecord.maximumPerPart`; 0: the first declined
    /// record sends the file to the plain path).
    var maximumDeclined = DeclinedRecord.maximumPerPart

    /// Folds the records starting in `start..<end` (to the end of the file when `end` is nil) into
    /// the sink numbered `sink` in `sinks`. A part that declines leaves some of its rows folded: the
    /// caller then drops `sinks`.
    func fold(from start: Int, to end: Int?, into sinks: PartSinks<Sink>, sink: Int) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .unsupported }
        defer { close(descriptor) }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Self.bufferSize)
        defer { buffer.deallocate() }
        let fields = UnsafeMutablePointer<FieldSpan>.allocate(capacity: plan.fieldCount)
        defer { fields.deallocate() }
        fields.initialize(repeating: FieldSpan(), count: plan.fieldCount)
        var rows = RowDecoder(plan: plan)
        var batch = RowBatch(itemCount: rows.itemCount)
        var roleNames: [String] = []  // by the decoder's number
        var sinkRoles: [Int] = []  // the sink's index of each role, by the decoder's number
        var accepted = 0
        var declined = DeclinedRecords(maximum: maximumDeclined)
        var lineBreaks = 0
        let scanner = RecordScanner(delimiter: plan.delimiter, fieldCount: plan.fieldCount)

        var bufferOffset = start  // file offset of buffer[0]
        var filled = 0
        var position = 0
        var atEnd = false
        var plainEnd = 0  // the index after the last LF of `buffer[..<filled]`, 0 when there is none
        /// Moves the unscanned tail to the front and reads more after it; false on a read error.
        func readMore() -> Bool {
            let tail = filled - position
            if position > 0 && tail > 0 { memmove(buffer.baseAddress!, buffer.baseAddress! + position, tail) }
            bufferOffset += position
            (filled, position) = (tail, 0)
            let count = pread(
                descriptor, buffer.baseAddress! + filled, Self.bufferSize - filled, off_t(bufferOffset + filled))
            guard count >= 0 else { return false }
            if count == 0 { atEnd = true }
            filled += count
            plainEnd = filled
            while plainEnd > 0 && buffer[plainEnd - 1] != UInt8(ascii: "\n") { plainEnd -= 1 }
            return true
        }
        /// Names the roles the decoder numbered since the last call.
        func nameNewRoles() {
            while roleNames.count < rows.roleCount { roleNames.append(rows.roleName(roleNames.count)) }
        }
        /// Offers the batch to the sink once it holds `offerAt` rows (waiting for it only when full).
        func offer() {
            guard batch.count >= RowBatch.offerAt else { return }
            nameNewRoles()
            sinks.fold(&batch, sink: sink, sinkRoles: &sinkRoles, roleNames: roleNames, waiting: batch.isFull)
        }
        while true {
            if position == filled {
                if atEnd { break }
                guard readMore() else { return .unsupported }
                continue
            }
            if let end, bufferOffset + position >= end { break }
            let byte = buffer[position]
            if byte == UInt8(ascii: "\n") {  // a blank line, or the LF of a CRLF
                lineBreaks += 1
                position += 1
                continue
            }
            if byte == UInt8(ascii: "\r") {  // a line break unless an LF follows
                if position + 1 == filled && !atEnd {
                    guard readMore() else { return .unsupported }
                    continue
                }
                if position + 1 == filled || buffer[position + 1] != UInt8(ascii: "\n") { lineBreaks += 1 }
                position += 1
                continue
            }
            let plainLines = UnsafeBufferPointer(rebasing: buffer[..<plainEnd])
            // The usual lines, many in one call: up to the offer point, or one more when the sink was busy.
            let (next, taken) = rows.readPlainRows(
                plainLines, from: position, before: end.map { $0 - bufferOffset } ?? .max, into: fields,
                batch: &batch, upTo: max(RowBatch.offerAt, batch.count + 1))
            if taken > 0 {
                (position, lineBreaks, accepted) = (next, lineBreaks + taken, accepted + taken)
                offer()
                continue
            }
            let view = UnsafeBufferPointer(rebasing: buffer[..<filled])
            let row: RowDecoder.Row
            switch rows.readPlainLine(plainLines, from: position, into: fields, answers: batch.nextAnswers) {
            case .row(let plain, let next):
                (row, position) = (plain, next)
                lineBreaks += 1
            case .declined(let next):  // a plain line: one LF
                guard declined.keep(position..<next, of: view, breaks: 1, lineBreaks: &lineBreaks) else {
                    return .unsupported
                }
                position = next
                continue
            case .notPlain:
                switch scanner.scan(view, from: position, atEnd: atEnd, into: fields) {
                case .record(let next, let breaks):
                    guard let read = rows.read(view.baseAddress!, fields, answers: batch.nextAnswers) else {
                        guard declined.keep(position..<next, of: view, breaks: breaks, lineBreaks: &lineBreaks) else {
                            return .unsupported
                        }
                        position = next
                        continue
                    }
                    lineBreaks += breaks
                    (row, position) = (read, next)
                case .needsMore:
                    // A record longer than the buffer is left to the plain path.
                    guard !atEnd, position > 0 || filled < Self.bufferSize, readMore() else { return .unsupported }
                    continue
                case .otherFieldCount(let next, let breaks):
                    guard declined.keep(position..<next, of: view, breaks: breaks, lineBreaks: &lineBreaks) else {
                        return .unsupported
                    }
                    position = next
                    continue
                case .unsupported:
                    return .unsupported
                }
            }
            batch.append(month: row.month, school: row.school, role: row.role)
            accepted += 1
            offer()
        }
        nameNewRoles()
        sinks.fold(&batch, sink: sink, sinkRoles: &sinkRoles, roleNames: roleNames)
        return .folded(
            ids: rows.ids, accepted: accepted, declined: declined.records, lineBreaks: lineBreaks,
            stoppedAt: bufferOffset + position)
    }
}
