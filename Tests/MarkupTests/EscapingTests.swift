import Testing

@testable import Markup

@Suite("Markup escaping")
struct EscapingTests {
    @Test(
        "hostile text stays text",
        arguments: [
            ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            ("\" onload=\"x()", "\" onload=\"x()"),
            ("</style><b>", "&lt;/style&gt;&lt;b&gt;"),
            ("]]><x/>", "]]&gt;&lt;x/&gt;"),
            ("Fish & chips", "Fish &amp; chips"),
            ("&amp;", "&amp;amp;"),
        ])
    func text(input: String, expected: String) {
        #expect(Node.text(input).render() == expected)
    }

    @Test(
        "hostile attribute values stay inside their quotes",
        arguments: [
            ("\" onload=\"alert(1)", "&quot; onload=&quot;alert(1)"),
            ("' onmouseover='x", "&#39; onmouseover=&#39;x"),
            ("a<b>&c", "a&lt;b&gt;&amp;c"),
            ("line\none\ttab", "line&#10;one&#9;tab"),
        ])
    func attribute(input: String, expected: String) {
        let node = Node.element(.span, [Attribute(.title, input)])
        #expect(node.render() == "<span title=\"\(expected)\"></span>")
    }

    @Test("characters forbidden in HTML or XML become U+FFFD; CR and CRLF become LF")
    func forbiddenCharacters() {
        // Swift literals refuse noncharacters, so build the string from scalar values.
        let forbidden: [UInt32] = [0x0, 0x1, 0xB, 0xC, 0x7F, 0x85, 0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFF]
        let input = forbidden.map { "x" + String(Unicode.Scalar($0)!) }.joined()
        let expected = String(repeating: "x\u{FFFD}", count: forbidden.count)
        #expect(Node.text(input).render() == expected)
        #expect(Node.text("1\r\n2\r3\n4\t5").render() == "1\n2\n3\n4\t5")
    }

    @Test("emoji, combining marks and right-to-left text pass through unchanged")
    func unicodePassesThrough() {
        let input = "👩🏽‍🏫 café e\u{301} مدرسة 学校 🇳🇿"
        #expect(Node.text(input).render() == input)
    }

    @Test("an unbalanced bidi override is closed at the end of its text node")
    func bidiOverrideIsClosed() {
        #expect(Node.text("Ash\u{202E} Grove").render() == "Ash\u{202E} Grove\u{202C}")
        #expect(Node.text("\u{2067}x\u{202B}y").render() == "\u{2067}x\u{202B}y\u{202C}\u{2069}")
        #expect(Node.text("\u{2067}x\u{202B}y\u{2069}z").render() == "\u{2067}x\u{202B}y\u{2069}z")
        #expect(Node.text("balanced \u{202E}x\u{202C}").render() == "balanced \u{202E}x\u{202C}")
        let attribute = Node.element(.span, [Attribute(.title, "\u{202E}evil")]).render()
        #expect(attribute == "<span title=\"\u{202E}evil\u{202C}\"></span>")
    }
}
