/// Converts UTF-16 arriving in byte chunks of any size to UTF-8, streaming.
///
/// A code unit split across two chunks (odd byte) and a high surrogate waiting for its low half are
/// carried over to the next chunk. An unpaired surrogate, or an odd byte at the very end, becomes
/// the byte `0xFF`, which can never occur in UTF-8, so the reader reports it as invalid text in the
/// field where it occurs instead of dropping it silently.
///
///     var transcoder = UTF16Transcoder(bigEndian: false)
///     var utf8: [UInt8] = []
///     transcoder.transcode([0x61, 0x00, 0xE9], into: &utf8)  // "a", and half of "é"
///     transcoder.transcode([0x00], into: &utf8)              // the other half
///     transcoder.finish(into: &utf8)                         // utf8 == Array("aé".utf8)
struct UTF16Transcoder {
    /// The byte `0xFF`: stands in for a code unit that is not valid UTF-16.
    static let invalidMarker: UInt8 = 0xFF

    private let bigEndian: Bool
    private var oddByte: UInt8?
    private var highSurrogate: UInt16?

    init(bigEndian: Bool) {
        self.bigEndian = bigEndian
    }

    /// Appends the UTF-8 for the complete code units in `bytes` (and any carried over) to `output`.
    mutating func transcode(_ bytes: some Collection<UInt8>, into output: inout [UInt8]) {
        var iterator = bytes.makeIterator()
        if let first = oddByte {
            guard let second = iterator.next() else { return }
            oddByte = nil
            push(unit(first, second), into: &output)
        }
        while let first = iterator.next() {
            guard let second = iterator.next() else {
                oddByte = first
                return
            }
            push(unit(first, second), into: &output)
        }
    }

    /// Flushes what is left at the end of the input: a dangling byte or surrogate is invalid.
    mutating func finish(into output: inout [UInt8]) {
        if highSurrogate != nil || oddByte != nil { output.append(Self.invalidMarker) }
        highSurrogate = nil
        oddByte = nil
    }

    private func unit(_ first: UInt8, _ second: UInt8) -> UInt16 {
        bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
    }

    private mutating func push(_ unit: UInt16, into output: inout [UInt8]) {
        if let high = highSurrogate {
            highSurrogate = nil
            if (0xDC00...0xDFFF).contains(unit) {
                let scalar = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
                output.append(0xF0 | UInt8(scalar >> 18))
                output.append(0x80 | UInt8((scalar >> 12) & 0x3F))
                output.append(0x80 | UInt8((scalar >> 6) & 0x3F))
                output.append(0x80 | UInt8(scalar & 0x3F))
                return
            }
            output.append(Self.invalidMarker)
        }
        switch unit {
        case 0..<0x80:
            output.append(UInt8(unit))
        case 0x80..<0x800:
            output.append(0xC0 | UInt8(unit >> 6))
            output.append(0x80 | UInt8(unit & 0x3F))
        case 0xD800...0xDBFF:
            highSurrogate = unit
        case 0xDC00...0xDFFF:
            output.append(Self.invalidMarker)
        default:
            output.append(0xE0 | UInt8(unit >> 12))
            output.append(0x80 | UInt8((unit >> 6) & 0x3F))
            output.append(0x80 | UInt8(unit & 0x3F))
        }
    }
}
