import PulseModel

/// Reads the fields the fast path interprets (`response_id`, `submitted_at`, `school_id`, `role` and the
/// answers) straight from their bytes, with the plain path's meaning.
///
/// The plain path trims Unicode white space and decodes text; the fast path takes a field only when
/// that changes nothing: printable ASCII, no white space at either end, no doubled quote. The plain
/// path reads a row with any other such field (`DeclinedRecord`).
enum KeyField {
    /// A field's bytes as integers: its first 8 (`head`, zero-padded), its last 8 when it has more
    /// (`tail`, else 0) and its count. Two fields of at most 16 bytes are equal exactly when their words are;
    /// a longer one also has the bytes between `head` and `tail`. Reads only the field's bytes.
    struct Words: Equatable {
        var head: UInt64
        var tail: UInt64
        var count: Int

        @inline(__always)
        init(_ field: UnsafeBufferPointer<UInt8>) {
            count = field.count
            guard count >= 4, let bytes = field.baseAddress else {
                head = 0
                for i in 0..<count { head |= UInt64(field[i]) << UInt64(8 * i) }
                tail = 0
                return
            }
            let start = UnsafeRawPointer(bytes)
            if count >= 8 {
                head = UInt64(littleEndian: start.loadUnaligned(as: UInt64.self))
                let last = UInt64(littleEndian: start.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
                tail = count > 8 ? last : 0
                return
            }
            // Two overlapping loads for 4 to 7 bytes: the bytes both hold are the same.
            let low = UInt64(UInt32(littleEndian: start.loadUnaligned(as: UInt32.self)))
            let high = UInt64(UInt32(littleEndian: start.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)))
            head = low | high << UInt64(8 &* (count &- 4))
            tail = 0
        }
    }

    /// True when the bytes are printable ASCII (spaces inside allowed) with no space at either end and no
    /// leading apostrophe, so that trimming and the loader's removal of a formula apostrophe
    /// (`CSVCell.restoringFormulaText`) leave them as they are.
    @inline(__always)
    static func isPlain(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        isPlain(field, Words(field))
    }

    /// `isPlain(_:)` of a field whose `Words` are read already: up to 16 bytes, two words' test.
    @inline(__always)
    static func isPlain(_ field: UnsafeBufferPointer<UInt8>, _ words: Words) -> Bool {
        let count = words.count
        guard count > 0 else { return true }
        let first = UInt8(truncatingIfNeeded: words.head)
        let last = UInt8(truncatingIfNeeded: count > 8 ? words.tail >> 56 : words.head >> UInt64(8 &* (count &- 1)))
        guard first != 0x20, last != 0x20, first != UInt8(ascii: "'") else { return false }
        guard count > 8 else {  // the head's zero padding is not the field's
            let padding: UInt64 = count == 8 ? 0 : ~0 << UInt64(8 &* count)
            return notPrintable(words.head) & ~padding == 0
        }
        var outside = notPrintable(words.head) | notPrintable(words.tail)
        var i = 8
        while i &+ 8 < count {  // the bytes between head and tail, the last word overlapping the tail
            outside |= notPrintable(UnsafeRawPointer(field.baseAddress! + i).loadUnaligned(as: UInt64.self))
            i &+= 8
        }
        return outside == 0
    }

    /// `isPlain` of a field whose bytes before `start` are known to be printable ASCII starting with neither
    /// a space nor an apostrophe (a date `day(_:)` reads, before its time): the bytes from `start` on are
    /// printable and the last is not a space. The field has at least 8 bytes.
    @inline(__always)
    static func isPlain(_ field: UnsafeBufferPointer<UInt8>, after start: Int) -> Bool {
        let count = field.count
        guard count > start else { return true }
        precondition(count >= 8 && start >= 0, "a field of at least 8 bytes")
        let bytes = UnsafeRawPointer(field.baseAddress!)
        guard field[count &- 1] != 0x20 else { return false }
        var outside: UInt64 = 0
        var i = start
        while i &+ 8 < count {
            outside |= notPrintable(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i &+= 8
        }
        // The last word ends with the field; its bytes before `i` were checked above or are before `start`.
        let last = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
        outside |= notPrintable(last) & ~0 << UInt64(8 &* (8 &- (count &- i)))
        return outside == 0
    }

    /// Bit 7 of each byte of `word` that is outside 0x20...0x7E, and no other bit: for a byte below 0x80,
    /// adding 0x60 to its low 7 bits sets bit 7 when it is at least 0x20, adding 1 sets it when it is 0x7F,
    /// and neither carries into the next byte.
    @inline(__always)
    private static func notPrintable(_ word: UInt64) -> UInt64 {
        let low7 = word & 0x7F7F_7F7F_7F7F_7F7F
        return (word | ~(low7 &+ 0x6060_6060_6060_6060) | (low7 &+ 0x0101_0101_0101_0101)) & 0x8080_8080_8080_8080
    }

    /// The day of a plain `submitted_at` (`YYYY-MM-DD`, optionally followed by `T` or a space and a
    /// time), as `Day.init?(_:)` reads it; nil when it does not read.
    static func day(_ field: UnsafeBufferPointer<UInt8>) -> Day? {
        let dash = UInt8(ascii: "-")
        guard field.count >= 10, field[4] == dash, field[7] == dash else { return nil }
        if field.count > 10 {
            guard field[10] == UInt8(ascii: "T") || field[10] == UInt8(ascii: " "), field.count > 11 else { return nil }
        }
        guard let year = digits(field, 0, 4), let month = digits(field, 5, 7), let day = digits(field, 8, 10) else {
            return nil
        }
        return Day(year: year, month: month, day: day)
    }

    private static func digits(_ field: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        var value = 0
        for i in from..<to {
            let d = field[i] &- 0x30
            guard d < 10 else { return nil }
            value = value * 10 + Int(d)
        }
        return value
    }
}

/// Reads a plain answer cell as `AnswerReader` does: blank, an unsigned integer, or a scale label in
/// any ASCII case. `nil` means the cell is not one the fast path takes (the plain path reports it).
struct AnswerBytes: Sendable {
    /// Lower-cased ASCII labels and their scale points.
    private let labels: [([UInt8], Int)]

    init(scale: Scale) {
        // Reversed: when two labels read the same, the last one wins, as in `AnswerReader`.
        labels = scale.labels.enumerated().reversed().compactMap { offset, label in
            let lower = Array(label.lowercased().utf8)
            return lower.allSatisfy { $0 < 0x80 } ? (lower, scale.min + offset) : nil
        }
    }

    /// The answer for an item with scale `low…high`: `Response.skipped` for a blank cell; nil when the
    /// cell is invalid or not plain.
    @inline(__always)
    func read(_ field: UnsafeBufferPointer<UInt8>, low: Int, high: Int) -> Int8? {
        if field.isEmpty { return Response.skipped }
        var value = 0
        if field.count == 1 {
            value = Int(field[0] &- 0x30)
            if value > 9 { return nil }
        } else if let number = number(field) {
            value = number
        } else if let point = label(field) {
            value = point
        } else {
            return nil
        }
        guard value >= low, value <= high, value > 0, value <= Int(Int8.max) else { return nil }
        return Int8(value)
    }

    private func number(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
        guard field.count <= 4 else { return nil }
        var value = 0
        for byte in field {
            let d = byte &- 0x30
            guard d < 10 else { return nil }
            value = value * 10 + Int(d)
        }
        return value
    }

    private func label(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
        search: for (label, point) in labels where label.count == field.count {
            for i in 0..<label.count {
                var byte = field[i]
                if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                if byte != label[i] { continue search }
            }
            return point
        }
        return nil
    }
}
