import Foundation
import PulseModel

/// Checks the fields of one record and decodes what the fold needs (month, school, role, answers), with
/// the plain path's meaning: the per-row work of `PulseChunk`, apart from the sink. Any field the fast path
/// does not take (see `KeyField`), a repeated id, an unknown school, a bad date or answer makes it decline
/// the row, which the plain path then reads (`DeclinedRecord`).
///
/// The hot path, so it is not generic (compiled once, whatever the sink) and holds the plan flattened for
/// the chunk's lifetime: one integer code per column, the key (non-item) columns' positions, and per item a
/// bit set of the one-digit answers on its scale. The common record, a plain line (`readPlainLine`), is
/// read in one pass with no `RecordScanner`: a run of up to 32 answers of one digit or none is read from
/// the delimiters of 64 bytes (`answerBlock`), or else up to eight of them one 16-byte vector
/// (`eightAnswers`), four one 8-byte word (`fourAnswers`), one a few comparisons; the fields before the
/// answers (a canonical file's key fields) end at the lowest bits of one mask of the line's first 64 bytes,
/// and any other field's end is a bit of a 16-byte search's mask (`ByteMask`), which the next short field
/// reuses. Any other record is scanned first and read from its spans (`read`); both end in the same
/// key-field checks.
struct RowDecoder: ~Copyable {
    /// What the fold needs of a row besides its answers.
    struct Row {
        /// The month's `ordinal`: a row is returned through memory, and a `Month` (two words, stored one
        /// by one) read back as one 16-byte copy would wait for both stores to reach the cache.
        private var monthOrdinal: Int
        var school: Int
        /// The role's number for `roleName(_:)`: roles are numbered in order of first appearance.
        var role: Int

        var month: Month { Month(ordinal: monthOrdinal) }

        init(month: Month, school: Int, role: Int) {
            (monthOrdinal, self.school, self.role) = (month.ordinal, school, role)
        }
    }

    /// What `readPlainLine` made of a record.
    enum PlainLine {
        /// A row to fold; `next` is the index after its LF.
        case row(Row, next: Int)
        /// A record the fast path does not take (the plain path reads it); `next` is the index after its
        /// LF.
        case declined(next: Int)
        /// Not a plain line (or an answer of more than one byte): `read` it after `RecordScanner`.
        case notPlain
    }

    private typealias Column = PulseFilePlan.Column

    /// The lanes of the digits in `d,d,d,d,d,d,d,d,`.
    private static let evenLanes = SIMDMask<SIMD16<Int8>>((0..<16).map { $0 % 2 == 0 })

    /// Column codes: an item column's code is the item's position (0 or more); the others are these.
    private static let text = -1, responseID = -2, submittedAt = -3, schoolID = -4, role = -5

    private let plan: PulseFilePlan
    private let codes: UnsafeMutableBufferPointer<Int>
    /// The positions of the text columns (checked, not read).
    private let textColumns: UnsafeMutableBufferPointer<Int>
    /// The positions of the key columns (a plan has each once; −1: no role column).
    private let responseIDColumn: Int, submittedAtColumn: Int, schoolIDColumn: Int, roleColumn: Int
    /// Per item: bit `d` is set when the one-digit answer `d` is on the item's scale.
    private let digits: UnsafeMutableBufferPointer<UInt16>
    /// Per column where a run of answers starts (see `AnswerRun`): the run; unused elsewhere.
    private let runs: UnsafeMutableBufferPointer<AnswerRun>
    /// The columns before the first answer column (`response_id,submitted_at,school_id,role` in a canonical
    /// file), which `readPlainLine` reads together when they are unquoted; 0 when there are none.
    private let leadingFields: Int
    /// The items: `readPlainLine` and `read` write a row's answers, one per item (`Response.skipped` for a
    /// blank), where the caller says.
    var itemCount: Int { plan.itemScales.count }
    /// The ids read so far (a repeat of an earlier file's id is found when the parts are joined).
    private(set) var ids = ResponseIDSet()
    /// The roles seen so far, in order of first appearance: their `KeyField.Words` and bytes (none for
    /// blank), apart so that the search reads only integers. Each was plain when it was first seen.
    private var roleWords: [KeyField.Words] = []
    private var roles: [[UInt8]] = []
    /// The first 10 bytes (`YYYY-MM-DD`) of the last `submitted_at` read, and its month.
    private var lastDate: (head: UInt64, tail: UInt16, month: Month)?

    init(plan: PulseFilePlan) {
        self.plan = plan
        codes = .allocate(capacity: plan.fieldCount)
        for (index, column) in plan.columns.enumerated() {
            switch column {
            case .item(let item): codes[index] = item
            case .text: codes[index] = Self.text
            case .responseID: codes[index] = Self.responseID
            case .submittedAt: codes[index] = Self.submittedAt
            case .schoolID: codes[index] = Self.schoolID
            case .role: codes[index] = Self.role
            }
        }
        let texts = plan.columns.indices.filter { plan.columns[$0] == .text }
        textColumns = .allocate(capacity: texts.count)
        _ = textColumns.initialize(from: texts)
        responseIDColumn = plan.columns.firstIndex(of: .responseID) ?? -1
        submittedAtColumn = plan.columns.firstIndex(of: .submittedAt) ?? -1
        schoolIDColumn = plan.columns.firstIndex(of: .schoolID) ?? -1
        roleColumn = plan.columns.firstIndex(of: .role) ?? -1
        precondition(
            [Column.responseID, .submittedAt, .schoolID, .role].allSatisfy { kind in
                plan.columns.filter { $0 == kind }.count <= 1
            } && responseIDColumn >= 0 && submittedAtColumn >= 0 && schoolIDColumn >= 0,
            "a plan has each key column once")
        digits = .allocate(capacity: plan.itemScales.count)
        for (item, (low, high)) in plan.itemScales.enumerated() {
            digits[item] = (1...9).reduce(0) { bits, digit in low <= digit && digit <= high ? bits | 1 << digit : bits }
        }
        leadingFields = codes.firstIndex(where: { $0 >= 0 }) ?? 0
        runs = .allocate(capacity: plan.fieldCount)
        runs.initialize(
            repeating: AnswerRun(
                end: 0, quadEnd: 0, low: 0, high: 0, offsets: .zero, spans: .zero, lowest: .zero, firstDigit: .zero,
                digitSpan: .zero))
        var runEnd = plan.fieldCount
        for column in (0..<plan.fieldCount).reversed() where codes[column] >= 0 {
            let item = codes[column], mask = digits[item]
            let next = column + 1
            if next == plan.fieldCount || codes[next] != item + 1 || digits[item + 1] != mask { runEnd = next }
            // A scale with no one-digit answer (10–12, say) has no answers to read together, nor the lowest
            // and highest digits below.
            guard mask != 0 else {
                runs[column] = AnswerRun(
                    end: runEnd, quadEnd: 0, low: 0, high: 0, offsets: .zero, spans: .zero, lowest: .zero,
                    firstDigit: .zero, digitSpan: .zero)
                continue
            }
            // Answers read together (`d,d,d,d,`) need a delimiter after the last one: not the line's last
            // column.
            let quadEnd = min(runEnd, plan.fieldCount - 1)
            let lanes: UInt64 = 0x0001_0001_0001_0001
            let (lowest, highest) = (UInt8(mask.trailingZeroBitCount), UInt8(15 - mask.leadingZeroBitCount))
            runs[column] = AnswerRun(
                end: runEnd, quadEnd: quadEnd, low: lanes &* (0x30 + UInt64(lowest)),
                high: lanes &* (0x130 + UInt64(highest)),
                offsets: SIMD16(repeating: plan.delimiter).replacing(with: 0x30 &+ lowest, where: Self.evenLanes),
                spans: SIMD16(repeating: 0).replacing(with: highest &- lowest, where: Self.evenLanes),
                lowest: SIMD8(repeating: lowest), firstDigit: SIMD16(repeating: 0x30 &+ lowest),
                digitSpan: SIMD16(repeating: highest &- lowest))
        }
    }

    deinit {
        codes.deallocate()
        textColumns.deallocate()
        digits.deallocate()
        runs.deallocate()
    }

    /// Reads plain lines from `start` into `batch` while each one is a row (`readPlainLine`'s `.row`) that
    /// starts before `limit`, until the batch holds `batchLimit` rows: a file's usual run of lines in one
    /// call, with the per-line setup hoisted out of the loop. Returns the index after the last line taken
    /// and how many were taken (0: the line at `start` is not a row to take here; `readPlainLine` says why).
    mutating func readPlainRows(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int,
        into fields: UnsafeMutablePointer<FieldSpan>, batch: inout RowBatch, upTo batchLimit: Int
    ) -> (next: Int, rows: Int) {
        var (position, rows) = (start, 0)
        // Copied out of `self` once: read through it, the plan would be copied for every line.
        let schools = plan.schools, delimiter = plan.delimiter, schoolIDColumn = self.schoolIDColumn
        while position < limit && batch.count < batchLimit {
            guard
                case .row(let row, let next) = readPlainLine(
                    buffer, from: position, into: fields, answers: batch.nextAnswers)
            else { break }
            batch.append(month: row.month, school: row.school, role: row.role)
            // Ask for the school-table slot of the next line, guessing that its school field is where this
            // line had it: ids and dates of one width, as exports write them, put it at the same offset in
            // every line. A guess whose bytes are not between two delimiters is not used; a wrong one costs
            // a useless prefetch, never a wrong answer (the look-up itself comes later). The table of a
            // large program is larger than a core's nearest caches: the slot arrives while this line's
            // successor is read.
            let span = fields[schoolIDColumn]
            let idStart = next &+ (span.start &- position), idEnd = next &+ (span.end &- position)
            if let bytes = buffer.baseAddress, idEnd < buffer.count, idEnd > idStart,
                bytes[idStart &- 1] == delimiter, bytes[idEnd] == delimiter
            {
                let id = UnsafeBufferPointer(start: bytes + idStart, count: idEnd &- idStart)
                schools.prefetchSlot(of: id, words: KeyField.Words(id))
            }
            (position, rows) = (next, rows + 1)
        }
        return (position, rows)
    }

    /// Reads the record at `start` if it is a plain line, its answers into `answers` (`itemCount`; a record
    /// that is not taken may leave some written): an LF before the end of `buffer`, no CR before it,
    /// `fieldCount` fields, every answer one digit or blank, quotes only around a text field (a comment)
    /// that ends on the line. One pass: answers are decoded as
    /// they come, the key fields' spans go to `fields` and are checked at the end, so that nothing is
    /// changed (no id, role or date taken) before the line is known to be plain. `.row` and `.declined` are
    /// what `RecordScanner` and `read` would say.
    ///
    /// `buffer` is cut after its last LF (`PulseChunk` cuts it), so that a record starting in it has its
    /// LF in it; a buffer that does not end with an LF is taken as holding no plain line.
    @inline(__always)
    mutating func readPlainLine(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, into fields: UnsafeMutablePointer<FieldSpan>,
        answers: UnsafeMutablePointer<Int8>
    ) -> PlainLine {
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r"), quote = UInt8(ascii: "\"")
        guard let bytes = buffer.baseAddress, start < buffer.count, bytes[buffer.count - 1] == lf else {
            return .notPlain
        }
        // From here every field ends at the latest on the line's LF, so no read passes it.
        let delimiter = plan.delimiter
        let stops = Stops(delimiters: SIMD16(repeating: delimiter))
        let (delimiters, quotes, crs, lfs) = (stops.delimiters, stops.quotes, stops.crs, stops.lfs)
        // The sixteen bytes from `windowStart` that the last search read, and which of them are special.
        var windowStart = Int.min / 2, windowBits: UInt32 = 0
        // In locals: read through `self`, each would be loaded again after every answer stored.
        let codes = self.codes, digits = self.digits, runs = self.runs
        let lastColumn = codes.count - 1
        var i = start
        var column = 0
        // The fields before the first answers at once, when each ends at the next special byte of the 64
        // from the line's start and that byte is the delimiter (no quote, CR or LF among them): the field
        // ends are the lowest bits of one mask. Else they are read one by one below.
        if leadingFields > 0 && i &+ 64 <= buffer.count {
            var special: UInt64 = 0, delimiterBits: UInt64 = 0
            for quarter in 0..<4 {
                let (found, delimiting) = Self.specialBytes(bytes + (i &+ 16 &* quarter), stops)
                special |= UInt64(found) &<< UInt64(16 &* quarter)
                delimiterBits |= UInt64(delimiting) &<< UInt64(16 &* quarter)
            }
            var rest = special, fieldStart = i, end = 0
            for leading in 0..<leadingFields {
                end = rest.trailingZeroBitCount  // 64: too few special bytes
                fields[leading] = FieldSpan(start: fieldStart, end: i &+ end, escaped: false)
                fieldStart = i &+ end &+ 1
                rest &= rest &- 1
            }
            if end < 64 && special & ~delimiterBits & ((2 as UInt64) &<< UInt64(end) &- 1) == 0 {
                (i, column) = (fieldStart, leadingFields)
            }
        }
        while column <= lastColumn {
            if codes[column] >= 0 {  // a run of answers, read in one loop
                let run = runs[column]
                let mask = digits[codes[column]]
                let toItem = codes[column] &- column  // the item of a column in the run is `column + toItem`
                // Most runs at once: up to `blockAnswers` answers from the 64 bytes at `i`.
                let blockEnd = min(run.quadEnd, column &+ Self.blockAnswers)
                if blockEnd &- column >= 8 && i &+ 64 <= buffer.count,
                    let taken = Self.answerBlock(
                        bytes + i, count: blockEnd &- column, run, delimiters, into: answers + (column &+ toItem))
                {
                    i &+= taken
                    column = blockEnd
                }
                while column < run.end {
                    if column &+ 8 <= run.quadEnd && i &+ 16 <= buffer.count {
                        // The answers before the first that is not `d,` are kept; the lanes after them are
                        // written again when their columns are read.
                        let (eight, count) = Self.eightAnswers(
                            UnsafeRawPointer(bytes + i).loadUnaligned(as: SIMD16<UInt8>.self), run)
                        UnsafeMutableRawPointer(answers + (column &+ toItem)).storeBytes(
                            of: eight, as: SIMD8<UInt8>.self)
                        i &+= count &* 2
                        column &+= count
                        if count == 8 { continue }
                    } else if column &+ 4 <= run.quadEnd && i &+ 8 <= buffer.count,
                        let four = Self.fourAnswers(
                            UInt64(littleEndian: UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self)),
                            delimiter: delimiter, low: run.low, high: run.high)
                    {
                        UnsafeMutableRawPointer(answers + (column &+ toItem)).storeBytes(
                            of: four.littleEndian, as: UInt32.self)
                        i &+= 8
                        column &+= 4
                        continue
                    }
                    let first = bytes[i]
                    let stop = column == lastColumn ? lf : delimiter  // what must end this answer
                    let item = column &+ toItem
                    column &+= 1
                    if first == stop {
                        answers[item] = Response.skipped
                        i &+= 1
                        continue
                    }
                    let digit = first &- 0x30  // not an LF: `i + 1` is still in the line
                    guard digit < 10, bytes[i &+ 1] == stop, mask & 1 << UInt16(digit) != 0 else {
                        return .notPlain  // `read` says whether it is a bad answer or another plain one
                    }
                    answers[item] = Int8(digit)
                    i &+= 2
                }
                continue
            }
            let stop = column == lastColumn ? lf : delimiter  // what must end this field
            let first = bytes[i]
            if first == quote {  // a quoted text (a comment) that ends on this line, as `RecordScanner` reads it
                i &+= 1
                let contentStart = i
                var escaped = false
                while true {
                    while i &+ 16 <= buffer.count {  // sixteen bytes at a time to the first quote, LF or CR
                        let window = UnsafeRawPointer(bytes + i).loadUnaligned(as: SIMD16<UInt8>.self)
                        let found = ByteMask.bits(window .== quotes .| window .== lfs .| window .== crs)
                        if found != 0 {
                            i &+= found.trailingZeroBitCount
                            break
                        }
                        i &+= 16
                    }
                    let byte = bytes[i]
                    if byte == quote {
                        guard bytes[i &+ 1] == quote else { break }  // before the line's LF, so in the buffer
                        escaped = true
                        i &+= 2
                        continue
                    }
                    if byte == lf || byte == cr { return .notPlain }  // a text of several lines, or a CR
                    i &+= 1
                }
                guard bytes[i &+ 1] == stop else { return .notPlain }
                fields[column] = FieldSpan(start: contentStart, end: i, escaped: escaped)
                i &+= 2
                column &+= 1
                continue
            }
            let fieldStart = i
            // To the first delimiter, quote, CR or LF: in the sixteen bytes read last when it is among them
            // after `i` (short fields share them), else sixteen bytes at a time; the LF ends the search.
            while true {
                let offset = i &- windowStart
                if UInt(bitPattern: offset) < 16 {
                    let rest = windowBits >> UInt32(offset)
                    if rest != 0 {
                        i &+= rest.trailingZeroBitCount
                        break
                    }
                    i = windowStart &+ 16
                }
                guard i &+ 16 <= buffer.count else {
                    while !Self.isSpecial(bytes[i], delimiter: delimiter) { i &+= 1 }
                    break
                }
                windowStart = i
                windowBits = Self.specialBytes(bytes + i, stops).special
            }
            guard bytes[i] == stop else { return .notPlain }  // too few or too many fields
            fields[column] = FieldSpan(start: fieldStart, end: i, escaped: false)
            i &+= 1
            column &+= 1
        }
        guard let row = readKeyFields(bytes, fields) else { return .declined(next: i) }
        return .row(row, next: i)
    }

    /// Which of the sixteen bytes at `start` end or break an unquoted field (the delimiter, a quote, CR and
    /// LF), and which of them are the delimiter.
    @inline(__always)
    private static func specialBytes(_ start: UnsafePointer<UInt8>, _ stops: Stops) -> (
        special: UInt32, delimiter: UInt32
    ) {
        let bytes = UnsafeRawPointer(start).loadUnaligned(as: SIMD16<UInt8>.self)
        let isDelimiter = bytes .== stops.delimiters
        let special = isDelimiter .| bytes .== stops.quotes .| bytes .== stops.crs .| bytes .== stops.lfs
        return (ByteMask.bits(special), ByteMask.bits(isDelimiter))
    }

    /// The bytes that end or break an unquoted field, each in every lane: made once per line (a vector
    /// made inside a loop can be built a lane at a time).
    private struct Stops {
        let delimiters: SIMD16<UInt8>
        let quotes = SIMD16<UInt8>(repeating: UInt8(ascii: "\""))
        let crs = SIMD16<UInt8>(repeating: UInt8(ascii: "\r"))
        let lfs = SIMD16<UInt8>(repeating: UInt8(ascii: "\n"))
    }

    /// True for the bytes that end or break an unquoted field: the delimiter, a quote, CR and LF.
    @inline(__always)
    private static func isSpecial(_ byte: UInt8, delimiter: UInt8) -> Bool {
        byte == delimiter || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }

    /// The four answers of `d,d,d,d,` (8 bytes, little-endian: byte `k` is bits `8k..<8k+8`), each digit
    /// between the lanes `low` and `high - 0x100` (see `AnswerRun`), as four `Int8` in a `UInt32`; nil for
    /// anything else (a blank, another digit or byte), which is then read one answer at a time.
    ///
    /// The odd bytes must be the delimiter. The even bytes are taken as 16-bit lanes `v` (their odd byte
    /// cleared): `(v | 0x100) - low` and `high - v` never borrow from the next lane, and their bit 8 says
    /// `v >= low` and `v <= high - 0x100`.
    @inline(__always)
    private static func fourAnswers(_ word: UInt64, delimiter: UInt8, low: UInt64, high: UInt64) -> UInt32? {
        let oddBytes: UInt64 = 0xFF00_FF00_FF00_FF00, bit8: UInt64 = 0x0100_0100_0100_0100
        guard (word ^ 0x0100_0100_0100_0100 &* UInt64(delimiter)) & oddBytes == 0 else { return nil }
        let even = word & ~oddBytes
        guard ((even | bit8) &- low) & (high &- even) & bit8 == bit8 else { return nil }
        let values = even &- 0x0030_0030_0030_0030  // 1...9 in each lane's low byte
        let pairs = values | values >> 8  // bytes 0, 1 and 4, 5 hold the four
        return UInt32(truncatingIfNeeded: (pairs & 0xFFFF) | (pairs >> 16 & 0xFFFF_0000))
    }

    /// The answers at the start of `d,d,d,d,d,d,d,d,` (16 bytes) while each is a digit on the run's scale
    /// followed by the delimiter: eight `Int8` lanes, of which the first `count` (0…8) are those answers.
    /// The answer after them (a blank, say) is then read on its own.
    ///
    /// One subtraction takes each right byte to at most its lane's span: a digit to its distance from the
    /// lowest on the scale, the delimiter to 0 (its span is 0); one unsigned comparison checks all sixteen,
    /// and the first byte that does not fit ends the answers.
    @inline(__always)
    private static func eightAnswers(_ bytes: SIMD16<UInt8>, _ run: AnswerRun) -> (SIMD8<UInt8>, count: Int) {
        let distances = bytes &- run.offsets
        let misfits = ~ByteMask.bits(distances .<= run.spans)  // bits 16 and up set: 16 when all fit
        // The even bytes (the digits' distances; little-endian) are the low bytes of the 16-bit lanes.
        let digits = SIMD8<UInt8>(truncatingIfNeeded: unsafeBitCast(distances, to: SIMD8<UInt16>.self))
        return (digits &+ run.lowest, misfits.trailingZeroBitCount >> 1)
    }

    /// The most answers `answerBlock` reads at once: each takes at least two of its 64 bytes.
    private static let blockAnswers = 32

    /// The `count` answers (8…`blockAnswers`) at `start` when each is a digit on the run's scale or blank,
    /// and followed by the delimiter: written to `answers`, and the bytes they take returned (to after the
    /// last one's delimiter); nil for anything else, which is then read as before (eight, four or one at a
    /// time), with `answers` written again.
    ///
    /// The 64 bytes at `start` are read as four vectors: which are delimiters, which are digits on the scale.
    /// The `k`-th answer ends at the `k`-th delimiter, whose place is the lowest bit left of their mask; the
    /// byte before it is its digit, or the delimiter before (a blank). So every row costs the same steps,
    /// wherever its blanks fall (with eight answers at a time, each blank was a mispredicted branch or two).
    /// Then one test of the whole block: every byte up to the last delimiter that is not a delimiter is a
    /// digit on the scale, and no two of them touch.
    @inline(__always)
    private static func answerBlock(
        _ start: UnsafePointer<UInt8>, count: Int, _ run: AnswerRun, _ delimiters: SIMD16<UInt8>,
        into answers: UnsafeMutablePointer<Int8>
    ) -> Int? {
        var delimiterBits: UInt64 = 0, digitBits: UInt64 = 0
        // The answer that byte `k` gives, at `values[k + 1]`: its digit, or 0 (`Response.skipped`) for a
        // delimiter; `values[0]` is the blank before a first answer that is blank. 80 bytes, 65 of them used.
        let zero = SIMD16<UInt8>.zero
        var values = (zero, zero, zero, zero, zero)
        var last = 0  // the last answer's delimiter (64: too few delimiters)
        withUnsafeMutableBytes(of: &values) { values in
            let table = values.baseAddress!
            for quarter in 0..<4 {
                let bytes = UnsafeRawPointer(start + 16 &* quarter).loadUnaligned(as: SIMD16<UInt8>.self)
                let isDelimiter = bytes .== delimiters
                let shift = UInt64(16 &* quarter)
                delimiterBits |= UInt64(ByteMask.bits(isDelimiter)) &<< shift
                digitBits |= UInt64(ByteMask.bits(bytes &- run.firstDigit .<= run.digitSpan)) &<< shift
                table.storeBytes(
                    of: (bytes &- 0x30).replacing(with: 0, where: isDelimiter), toByteOffset: 1 &+ 16 &* quarter,
                    as: SIMD16<UInt8>.self)
            }
            var rest = delimiterBits
            for k in 0..<count {
                last = rest.trailingZeroBitCount
                answers[k] = table.load(fromByteOffset: last, as: Int8.self)
                rest &= rest &- 1
            }
        }
        let others = ~delimiterBits & ((2 as UInt64) &<< UInt64(last) &- 1)  // the bytes up to `last`
        guard last < 64, others & ~digitBits == 0, others & others >> 1 == 0 else { return nil }
        return last &+ 1
    }

    /// Decodes a record whose fields `RecordScanner` found in `bytes`, its answers into `answers`; nil
    /// when a field is not one the fast path takes.
    mutating func read(
        _ bytes: UnsafePointer<UInt8>, _ fields: UnsafePointer<FieldSpan>, answers: UnsafeMutablePointer<Int8>
    ) -> Row? {
        let codes = self.codes
        for column in 0..<codes.count where codes[column] >= 0 {
            let span = fields[column]
            let field = UnsafeBufferPointer(start: bytes + span.start, count: span.end - span.start)
            guard let answer = answer(field, escaped: span.escaped, item: codes[column]) else { return nil }
            answers[codes[column]] = answer
        }
        return readKeyFields(bytes, fields)
    }

    /// Checks and decodes the columns that are not items (their spans in `fields`); nil when a field is not
    /// one the fast path takes. The id is taken last, once every other field has passed, so that a declined
    /// row leaves no id behind (the plain path reads it and takes its id if it keeps it), and a new role
    /// after it.
    ///
    /// A field is checked plain (`KeyField.isPlain`) before its look-up, but for a school or a known role,
    /// which are found only if plain (`SchoolIDTable` keeps plain ids, a role is kept once checked).
    private mutating func readKeyFields(_ bytes: UnsafePointer<UInt8>, _ fields: UnsafePointer<FieldSpan>) -> Row? {
        @inline(__always) func field(_ column: Int) -> (UnsafeBufferPointer<UInt8>, escaped: Bool) {
            let span = fields[column]
            return (UnsafeBufferPointer(start: bytes + span.start, count: span.end - span.start), span.escaped)
        }
        for column in textColumns {
            guard Self.isValidText(field(column).0) else { return nil }
        }
        let (schoolID, schoolEscaped) = field(schoolIDColumn)
        guard !schoolEscaped, let school = plan.schools.index(of: schoolID, words: KeyField.Words(schoolID)) else {
            return nil
        }
        let (date, dateEscaped) = field(submittedAtColumn)
        // `month` reads the first 10 bytes as a date (digits and dashes): the rest decides whether it is plain.
        guard !dateEscaped, let month = self.month(date), KeyField.isPlain(date, after: 10) else { return nil }
        var role = UnsafeBufferPointer<UInt8>(start: nil, count: 0)  // blank, or no role column
        if roleColumn >= 0 {
            let (text, escaped) = field(roleColumn)
            guard !escaped else { return nil }
            role = text
        }
        let roleWords = KeyField.Words(role)
        let knownRole = number(ofKnownRole: role, roleWords)
        guard knownRole != nil || KeyField.isPlain(role, roleWords) else { return nil }
        let (id, idEscaped) = field(responseIDColumn)
        guard !idEscaped, !id.isEmpty, KeyField.isPlain(id), ids.insert(id) else { return nil }
        return Row(month: month, school: school, role: knownRole ?? number(ofNewRole: role, roleWords))
    }

    /// The roles numbered so far.
    var roleCount: Int { roles.count }

    /// The name of a role numbered by `read`: a blank role is `unspecified`, as in the plain path.
    func roleName(_ role: Int) -> String {
        roles[role].isEmpty ? "unspecified" : String(decoding: roles[role], as: UTF8.self)
    }

    /// An answer cell as `AnswerBytes` reads it, a single digit inline.
    @inline(__always)
    private func answer(_ field: UnsafeBufferPointer<UInt8>, escaped: Bool, item: Int) -> Int8? {
        if field.count == 1 {
            let digit = field[0] &- 0x30
            return digit < 10 && digits[item] & 1 << UInt16(digit) != 0 ? Int8(digit) : nil
        }
        if field.isEmpty { return Response.skipped }
        guard !escaped else { return nil }
        let (low, high) = plan.itemScales[item]
        return plan.answers.read(field, low: low, high: high)
    }

    /// The month of a `submitted_at`, remembered for the next row with the same date.
    @inline(__always)
    private mutating func month(_ field: UnsafeBufferPointer<UInt8>) -> Month? {
        guard field.count >= 10 else { return nil }
        let start = UnsafeRawPointer(field.baseAddress!)
        let head = start.loadUnaligned(as: UInt64.self)
        let tail = start.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        if let lastDate, lastDate.head == head, lastDate.tail == tail,
            field.count == 10
                || (field.count > 11 && (field[10] == UInt8(ascii: "T") || field[10] == UInt8(ascii: " ")))
        {
            return lastDate.month
        }
        return month(ofAnotherDay: field, head: head, tail: tail)
    }

    /// `month(_:)` of a date that is not the last one's.
    @inline(never)
    private mutating func month(ofAnotherDay field: UnsafeBufferPointer<UInt8>, head: UInt64, tail: UInt16) -> Month? {
        guard let day = KeyField.day(field) else { return nil }
        lastDate = (head, tail, day.monthValue)
        return day.monthValue
    }

    /// The number of a role seen before, given by its bytes and words; nil for a new one (a handful of
    /// roles: a linear search of their words).
    @inline(__always)
    private func number(ofKnownRole field: UnsafeBufferPointer<UInt8>, _ words: KeyField.Words) -> Int? {
        roleWords.withUnsafeBufferPointer { known in
            for number in known.indices where known[number] == words {
                let same =
                    words.count <= 16
                    || roles[number].withUnsafeBufferPointer {
                        memcmp($0.baseAddress! + 8, field.baseAddress! + 8, words.count - 16) == 0
                    }
                if same { return number }
            }
            return nil
        }
    }

    /// Numbers a role not seen before (its row is taken).
    @inline(never)
    private mutating func number(ofNewRole field: UnsafeBufferPointer<UInt8>, _ words: KeyField.Words) -> Int {
        roleWords.append(words)
        roles.append(Array(field))
        return roles.count - 1
    }

    /// What `CSVReader` accepts in a field: no NUL byte, valid UTF-8. Eight bytes at a time (the last word
    /// overlapping the one before): their union says whether a byte is above 0x7F, the "has zero" test
    /// whether one is NUL; only a field with a byte above 0x7F is then validated as UTF-8.
    private static func isValidText(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        var union: UInt64 = 0
        var zero: UInt64 = 0
        @inline(__always) func take(_ word: UInt64) {
            union |= word
            zero |= (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
        }
        let count = field.count
        if count >= 8 {
            let start = UnsafeRawPointer(field.baseAddress!)
            var i = 0
            while i &+ 8 <= count {
                take(start.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i &+= 8
            }
            if i < count { take(start.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)) }
        } else {
            for byte in field { take(UInt64(byte) | 0x0101_0101_0101_0100) }  // the other 7 bytes are not NUL
        }
        if zero != 0 { return false }
        return union & 0x8080_8080_8080_8080 == 0 || String(validating: field, as: UTF8.self) != nil
    }
}

/// A run of answer columns that `RowDecoder.readPlainLine` reads in one loop: consecutive columns holding
/// consecutive items with the same one-digit answers (so that eight or four of them in a row can be read
/// together).
private struct AnswerRun {
    /// The column after the run.
    let end: Int
    /// Eight or four answers from column `c` are read together when they end at `quadEnd` at the latest
    /// (0: never).
    let quadEnd: Int
    /// The 16-bit lanes of the lowest and (plus `0x100`) the highest digit on the items' scale, for
    /// `RowDecoder.fourAnswers`.
    let low: UInt64
    let high: UInt64
    /// For `RowDecoder.eightAnswers`: per byte of `d,d,d,d,d,d,d,d,`, what is subtracted (the lowest digit's
    /// character, the delimiter) and the most that may remain; the lowest answer in every lane.
    let offsets: SIMD16<UInt8>
    let spans: SIMD16<UInt8>
    let lowest: SIMD8<UInt8>
    /// For `RowDecoder.answerBlock`: in every byte, the lowest digit's character and the most that may
    /// remain of a digit on the scale when it is subtracted.
    let firstDigit: SIMD16<UInt8>
    let digitSpan: SIMD16<UInt8>
}
