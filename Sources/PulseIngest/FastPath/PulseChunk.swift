import Foundation
import PulseModel

/// Folds the records of one byte range of a canonical pulse file on the fast path: the work of one
/// thread. Reads with `pread` into one reused buffer, scans records with `RecordScanner`, reads the key
/// fields from their bytes and folds each row straight into the sink.
///
/// The range starts at a record start (or a blank line) and the part stops at the first record that
/// starts at or after `end`; `stoppedAt` tells the caller where that was, so that it can check that the
/// next part started exactly there.
struct PulseChunk<Sink: ResponseSink>: Sendable {
    enum Outcome {
        /// Every record was taken. `stoppedAt` is the file offset where the part stopped.
        case folded(sink: Sink, ids: ResponseIDSet, accepted: Int, stoppedAt: Int)
        /// A record the fast path does not take (or a read error): the plain path must read the file.
        case unsupported
    }

    static var bufferSize: Int { 1 << 20 }

    let path: String
    let plan: PulseFilePlan

    /// Folds the records starting in `start..<end` (to the end of the file when `end` is nil).
    func fold(from start: Int, to end: Int?, seen: ResponseIDSet, into empty: Sink) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .unsupported }
        defer { close(descriptor) }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Self.bufferSize)
        defer { buffer.deallocate() }
        let fields = UnsafeMutablePointer<FieldSpan>.allocate(capacity: plan.fieldCount)
        defer { fields.deallocate() }
        fields.initialize(repeating: FieldSpan(), count: plan.fieldCount)
        let answers = UnsafeMutableBufferPointer<Int8>.allocate(capacity: plan.itemScales.count)
        defer { answers.deallocate() }
        var rows = RowFolder(plan: plan, seen: seen, sink: empty)
        let scanner = RecordScanner(delimiter: plan.delimiter, fieldCount: plan.fieldCount)

        var bufferOffset = start  // file offset of buffer[0]
        var filled = 0
        var position = 0
        var atEnd = false
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
            return true
        }
        while true {
            if position == filled {
                if atEnd { break }
                guard readMore() else { return .unsupported }
                continue
            }
            if let end, bufferOffset + position >= end { break }
            let byte = buffer[position]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {  // a blank line, or the LF of a CRLF
                position += 1
                continue
            }
            let view = UnsafeBufferPointer(rebasing: buffer[..<filled])
            switch scanner.scan(view, from: position, atEnd: atEnd, into: fields) {
            case .record(let next):
                guard rows.add(view, fields, answers: answers) else { return .unsupported }
                position = next
            case .needsMore:
                // A record longer than the buffer is left to the plain path.
                guard !atEnd, position > 0 || filled < Self.bufferSize, readMore() else { return .unsupported }
            case .unsupported:
                return .unsupported
            }
        }
        return .folded(sink: rows.sink, ids: rows.ids, accepted: rows.accepted, stoppedAt: bufferOffset + position)
    }
}

/// Checks the fields of one record and folds it: the per-row work of `PulseChunk`.
private struct RowFolder<Sink: ResponseSink> {
    let plan: PulseFilePlan
    var seen: ResponseIDSet
    var ids = ResponseIDSet()
    var sink: Sink
    var accepted = 0
    private var roleBytes: [[UInt8]] = []
    private var roleIndices: [Int] = []
    private var unspecifiedRole: Int?
    private var lastDate: [UInt8] = []
    private var lastMonth = Month(year: 1, month: 1)

    init(plan: PulseFilePlan, seen: ResponseIDSet, sink: Sink) {
        self.plan = plan
        self.seen = seen
        self.sink = sink
    }

    /// Folds a record, its answers decoded into `answers` (one per item); false when a field is not one
    /// the fast path takes.
    mutating func add(
        _ bytes: UnsafeBufferPointer<UInt8>, _ fields: UnsafeMutablePointer<FieldSpan>,
        answers: UnsafeMutableBufferPointer<Int8>
    ) -> Bool {
        var month: Month?
        var school: Int?
        var role: UnsafeBufferPointer<UInt8>?  // nil: blank or no role column
        for column in 0..<plan.fieldCount {
            let span = fields[column]
            let field = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
            switch plan.columns[column] {
            case .item(let i):
                let (low, high) = plan.itemScales[i]
                guard !span.escaped, let answer = plan.answers.read(field, low: low, high: high) else { return false }
                answers[i] = answer
            case .text:
                guard Self.isValidText(field) else { return false }
            case .responseID:
                guard !span.escaped, !field.isEmpty, KeyField.isPlain(field), !seen.contains(field),
                    ids.insert(field)
                else { return false }
            case .submittedAt:
                guard !span.escaped, KeyField.isPlain(field), let found = self.month(field) else { return false }
                month = found
            case .schoolID:
                guard !span.escaped, KeyField.isPlain(field), let index = plan.schools.index(of: field) else {
                    return false
                }
                school = index
            case .role:
                guard !span.escaped, KeyField.isPlain(field) else { return false }
                if !field.isEmpty { role = field }
            }
        }
        guard let month, let school else { return false }
        let roleIndex = self.role(role)
        sink.add(month: month, school: school, role: roleIndex, answers: UnsafeBufferPointer(answers))
        accepted += 1
        return true
    }

    /// The month of a `submitted_at`, remembered for the next row with the same date.
    private mutating func month(_ field: UnsafeBufferPointer<UInt8>) -> Month? {
        if field.count >= 10 && lastDate.elementsEqual(field.prefix(10)) && (field.count == 10 || field.count > 11)
            && (field.count == 10 || field[10] == UInt8(ascii: "T") || field[10] == UInt8(ascii: " "))
        {
            return lastMonth
        }
        guard let day = KeyField.day(field) else { return nil }
        lastDate = Array(field.prefix(10))
        lastMonth = day.monthValue
        return lastMonth
    }

    /// The sink's index of a role given by its bytes (a handful of roles: a linear search); nil is a
    /// blank role, reported as `unspecified` like the plain path does.
    private mutating func role(_ field: UnsafeBufferPointer<UInt8>?) -> Int {
        guard let field else {
            if let unspecifiedRole { return unspecifiedRole }
            unspecifiedRole = sink.role(named: "unspecified")
            return unspecifiedRole!
        }
        for (index, known) in roleBytes.enumerated() where known.count == field.count {
            if known.withUnsafeBufferPointer({ memcmp($0.baseAddress!, field.baseAddress!, field.count) == 0 }) {
                return roleIndices[index]
            }
        }
        roleBytes.append(Array(field))
        roleIndices.append(sink.role(named: String(decoding: field, as: UTF8.self)))
        return roleIndices[roleIndices.count - 1]
    }

    /// What `CSVReader` accepts in a field: no NUL byte, valid UTF-8.
    private static func isValidText(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        var union: UInt8 = 0
        var hasNul = false
        for byte in field {
            union |= byte
            hasNul = hasNul || byte == 0
        }
        if hasNul { return false }
        return union < 0x80 || String(validating: field, as: UTF8.self) != nil
    }
}
