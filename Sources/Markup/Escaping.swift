/// The one place where data becomes markup text.
///
/// `write` makes any Swift string safe and valid in HTML and in XML:
/// - `&`, `<`, `>` (and in attributes `"` and `'`) become character references;
/// - characters that HTML or XML 1.0 forbid (C0 controls other than tab and line feed, DEL, C1 controls,
///   noncharacters such as U+FFFE) become U+FFFD; CR and CRLF become LF;
/// - in attributes, tab and line feed become `&#9;` and `&#10;` so an XML parser keeps them;
/// - unbalanced bidirectional embeddings, overrides and isolates (e.g. a stray U+202E) are closed at the
///   end of the string, so they cannot reorder the text that follows.
///
///     Escaping.write("a < b & \u{202E}c", inAttribute: false, to: &bytes)  // "a &lt; b &amp; \u{202E}c\u{202C}"
enum Escaping {
    /// Appends `string`, escaped for a text node or (`inAttribute`) for a double-quoted attribute value,
    /// to `output` as UTF-8.
    static func write(_ string: String, inAttribute: Bool, to output: inout [UInt8]) {
        var string = string
        string.withUTF8 { bytes in
            // Most text and nearly every attribute (coordinates, classes) stands for itself.
            if isPlain(bytes, inAttribute: inAttribute) {
                output.append(contentsOf: bytes)
            } else {
                escape(bytes, inAttribute: inAttribute, to: &output)
            }
        }
    }

    /// Appends the UTF-8 `bytes` of a string escaped, scalar by scalar.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool, to output: inout [UInt8]) {
        var bidi = BidiBalance()
        var previousWasCR = false
        var index = 0
        while index < bytes.count {
            let (value, length) = scalar(at: index, in: bytes)
            let scalarBytes = UnsafeBufferPointer(rebasing: bytes[index..<(index + length)])
            index += length
            defer { previousWasCR = value == 0x0D }
            if value == 0x0A && previousWasCR { continue }
            let character = value == 0x0D ? 0x0A : value
            bidi.note(character)
            switch character {
            case 0x26: output.append(contentsOf: "&amp;".utf8)
            case 0x3C: output.append(contentsOf: "&lt;".utf8)
            case 0x3E: output.append(contentsOf: "&gt;".utf8)
            case 0x22 where inAttribute: output.append(contentsOf: "&quot;".utf8)
            case 0x27 where inAttribute: output.append(contentsOf: "&#39;".utf8)
            case 0x0A where inAttribute: output.append(contentsOf: "&#10;".utf8)
            case 0x09 where inAttribute: output.append(contentsOf: "&#9;".utf8)
            case 0x0A: output.append(0x0A)
            case _ where isAllowed(character): output.append(contentsOf: scalarBytes)
            default: output.append(contentsOf: "\u{FFFD}".utf8)
            }
        }
        for closer in bidi.closers { UTF8.encode(closer) { output.append($0) } }
    }

    /// The scalar value starting at `index` of valid UTF-8 `bytes`, and its length in bytes (1–4).
    private static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        guard lead >= 0x80 else { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead & (0xFF >> (length + 1)))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, length)
    }

    /// Whether the UTF-8 `bytes` of a string come out of `escape` as they went in: every ASCII byte
    /// printable and not `&`, `<` or `>` (nor, in an attribute, a quote), or in text a tab or line feed;
    /// every other scalar allowed and not a bidirectional formatting character. Such a string needs no
    /// escaping, no replacement and no bidi closers.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                guard isPlain(lead, inAttribute: inAttribute) else { return false }
                index += 1
                continue
            }
            let (value, length) = scalar(at: index, in: bytes)
            guard isAllowed(value), !BidiBalance.isFormatting(value) else { return false }
            index += length
        }
        return true
    }

    /// Whether an ASCII byte is plain (see `isPlain(_:inAttribute:)` for a string).
    private static func isPlain(_ byte: UInt8, inAttribute: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"): false
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\t"), UInt8(ascii: "\n"): !inAttribute
        case 0x20...0x7E: true
        default: false
        }
    }

    /// Whether a scalar (by its value) may appear literally in both HTML and XML 1.0 text.
    private static func isAllowed(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A: return true
        case 0x00...0x1F, 0x7F...0x9F: return false
        case 0xFDD0...0xFDEF: return false
        default: return value & 0xFFFE != 0xFFFE
        }
    }
}

/// Tracks explicit bidirectional formatting characters (UAX #9) to close the ones left open.
private struct BidiBalance {
    private enum Opener { case embedding, isolate }
    private var open: [Opener] = []

    /// Whether a scalar (by its value) opens or closes an embedding, override or isolate.
    static func isFormatting(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// Notes a scalar (by its value) of the text.
    mutating func note(_ value: UInt32) {
        switch value {
        case 0x202A, 0x202B, 0x202D, 0x202E:  // LRE, RLE, LRO, RLO
            open.append(.embedding)
        case 0x2066, 0x2067, 0x2068:  // LRI, RLI, FSI
            open.append(.isolate)
        case 0x202C:  // PDF closes the innermost embedding inside the current isolate
            if open.last == .embedding { open.removeLast() }
        case 0x2069:  // PDI closes the innermost isolate and every embedding inside it
            if let isolate = open.lastIndex(of: .isolate) { open.removeSubrange(isolate...) }
        default:
            break
        }
    }

    /// PDF or PDI for each opener still open, innermost first.
    var closers: [Unicode.Scalar] {
        open.reversed().map { $0 == .embedding ? "\u{202C}" : "\u{2069}" }
    }
}
