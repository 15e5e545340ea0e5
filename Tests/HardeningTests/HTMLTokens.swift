/// A small HTML tokenizer for tests: start tags with their attributes, end tags and decoded text, the
/// way a browser splits a page (comments and doctypes skipped; `script` and `style` contents kept as
/// raw text). Enough to ask "is there a script element or an on* attribute anywhere?" of a page.
///
///     let tokens = HTMLTokens.parse("<p class=x>a &amp; b</p>")
///     // [.start("p", [("class", "x")]), .text("a & b"), .end("p")]
enum HTMLToken: Equatable {
    case start(String, [Attribute])
    case end(String)
    case text(String)

    struct Attribute: Equatable {
        var name: String
        var value: String
    }
}

enum HTMLTokens {
    static func parse(_ html: String) -> [HTMLToken] {
        let s = Array(html.unicodeScalars)
        var tokens: [HTMLToken] = []
        var text = ""
        var i = 0
        func flushText() {
            if !text.isEmpty { tokens.append(.text(decode(text))) }
            text = ""
        }
        func starts(_ prefix: String, at index: Int) -> Bool {
            let p = Array(prefix.unicodeScalars)
            guard index + p.count <= s.count else { return false }
            return (0..<p.count).allSatisfy { String(s[index + $0]).lowercased() == String(p[$0]) }
        }
        func skip(past end: String) {
            while i < s.count && !starts(end, at: i) { i += 1 }
            i = min(s.count, i + end.unicodeScalars.count)
        }
        func name() -> String {
            var out = ""
            while i < s.count, !" \t\n\r\u{0C}/>=".unicodeScalars.contains(s[i]) {
                out.unicodeScalars.append(s[i])
                i += 1
            }
            return out.lowercased()
        }
        func skipSpace() { while i < s.count, " \t\n\r\u{0C}".unicodeScalars.contains(s[i]) { i += 1 } }

        while i < s.count {
            guard s[i] == "<", i + 1 < s.count else {
                text.unicodeScalars.append(s[i])
                i += 1
                continue
            }
            let next = s[i + 1]
            if starts("<!--", at: i) {
                flushText()
                skip(past: "-->")
            } else if next == "!" || next == "?" {
                flushText()
                skip(past: ">")
            } else if next == "/" {
                flushText()
                i += 2
                tokens.append(.end(name()))
                skip(past: ">")
            } else if next.properties.isAlphabetic {
                flushText()
                i += 1
                let tag = name()
                var attributes: [HTMLToken.Attribute] = []
                while i < s.count {
                    skipSpace()
                    if i >= s.count { break }
                    if s[i] == ">" {
                        i += 1
                        break
                    }
                    if s[i] == "/" {
                        i += 1
                        continue
                    }
                    let attribute = name()
                    var value = ""
                    skipSpace()
                    if i < s.count, s[i] == "=" {
                        i += 1
                        skipSpace()
                        if i < s.count, s[i] == "\"" || s[i] == "'" {
                            let quote = s[i]
                            i += 1
                            while i < s.count, s[i] != quote {
                                value.unicodeScalars.append(s[i])
                                i += 1
                            }
                            i += 1
                        } else {
                            while i < s.count, !" \t\n\r\u{0C}>".unicodeScalars.contains(s[i]) {
                                value.unicodeScalars.append(s[i])
                                i += 1
                            }
                        }
                    }
                    if attribute.isEmpty {
                        i += 1
                    } else {
                        attributes.append(.init(name: attribute, value: decode(value)))
                    }
                }
                tokens.append(.start(tag, attributes))
                if tag == "script" || tag == "style" {
                    let start = i
                    while i < s.count && !starts("</\(tag)", at: i) { i += 1 }
                    var raw = ""
                    raw.unicodeScalars.append(contentsOf: s[start..<i])
                    if !raw.isEmpty { tokens.append(.text(raw)) }
                }
            } else {
                text.unicodeScalars.append(s[i])
                i += 1
            }
        }
        flushText()
        return tokens
    }

    /// Decodes the character references an escaper writes (`&lt;`, `&#39;`, `&#x27;`, …).
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(12).firstIndex(of: ";") {
                let entity = String(after[..<semi])
                var decoded: String?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    decoded = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if entity.hasPrefix("#") {
                    decoded = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    decoded = named[entity]
                }
                if let decoded {
                    out += decoded
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }

    /// The text a reader sees: every text token outside `script` and `style`, joined.
    static func visibleText(_ tokens: [HTMLToken]) -> String {
        var out = ""
        var inRaw = false
        for token in tokens {
            switch token {
            case .start(let name, _): inRaw = name == "script" || name == "style"
            case .end: inRaw = false
            case .text(let text): if !inRaw { out += text }
            }
        }
        return out
    }
}
