/// The one place where data becomes markup text.
///
/// Both functions make any Swift string safe and valid in HTML and in XML:
/// - `&`, `<`, `>` (and in attributes `"` and `'`) become character references;
/// - characters that HTML or XML 1.0 forbid (C0 controls other than tab and line feed, DEL, C1 controls,
///   noncharacters such as U+FFFE) become U+FFFD; CR and CRLF become LF;
/// - in attributes, tab and line feed become `&#9;` and `&#10;` so an XML parser keeps them;
/// - unbalanced bidirectional embeddings, overrides and isolates (e.g. a stray U+202E) are closed at the
///   end of the string, so they cannot reorder the text that follows.
///
///     Escaping.text("a < b & \u{202E}c")  // "a &lt; b &amp; \u{202E}c\u{202C}"
enum Escaping {
    /// Escapes `string` for a text node.
    static func text(_ string: String) -> String {
        escape(string, inAttribute: false)
    }

    /// Escapes `string` for a double-quoted attribute value.
    static func attribute(_ string: String) -> String {
        escape(string, inAttribute: true)
    }

    private static func escape(_ string: String, inAttribute: Bool) -> String {
        // Most text and nearly every attribute (coordinates, classes) is plain ASCII that stands for itself.
        if string.utf8.allSatisfy({ isPlain($0, inAttribute: inAttribute) }) { return string }
        var output = String.UnicodeScalarView()
        var bidi = BidiBalance()
        var previousWasCR = false
        for scalar in string.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" && previousWasCR { continue }
            let character = scalar == "\r" ? "\n" : scalar
            bidi.note(character)
            switch character {
            case "&": output.append(contentsOf: "&amp;".unicodeScalars)
            case "<": output.append(contentsOf: "&lt;".unicodeScalars)
            case ">": output.append(contentsOf: "&gt;".unicodeScalars)
            case "\"" where inAttribute: output.append(contentsOf: "&quot;".unicodeScalars)
            case "'" where inAttribute: output.append(contentsOf: "&#39;".unicodeScalars)
            case "\n" where inAttribute: output.append(contentsOf: "&#10;".unicodeScalars)
            case "\t" where inAttribute: output.append(contentsOf: "&#9;".unicodeScalars)
            case _ where isAllowed(character): output.append(character)
            default: output.append("\u{FFFD}")
            }
        }
        output.append(contentsOf: bidi.closers)
        return String(output)
    }

    /// Whether an ASCII byte comes out of `escape` as it went in: printable and not `&`, `<` or `>`
    /// (nor, in an attribute, a quote), or in text a tab or line feed. A string of such bytes needs no
    /// escaping, no replacement and no bidi closers.
    private static func isPlain(_ byte: UInt8, inAttribute: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"): false
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\t"), UInt8(ascii: "\n"): !inAttribute
        case 0x20...0x7E: true
        default: false
        }
    }

    /// Whether a scalar may appear literally in both HTML and XML 1.0 text.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
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

    mutating func note(_ scalar: Unicode.Scalar) {
        switch scalar.value {
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
