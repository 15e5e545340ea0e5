/// Text that has broken HTML, SVG, CSV, JSON or terminals somewhere: every test of this target puts it
/// in every text field a dataset has and checks that it comes back as the same text, and never as markup,
/// a formula or a path.
///
///     for text in HostileText.all { cluster.name = text; … }
enum HostileText {
    static let scriptTag = "<script>alert('x')</script>"
    static let eventHandler = "\"><img src=x onerror=alert(1)>"
    static let singleQuoteHandler = "' onmouseover='alert(1)"
    static let javascriptURL = "javascript:alert(document.cookie)"
    static let styleEnd = "</style><script>alert(1)</script>"
    static let cdataEnd = "]]><svg onload=alert(1)>"
    static let comment = "<!-- --><![CDATA[ x ]]>"
    static let entity = "&lt;b&gt; &amp;amp; &#x3C;script&#x3E;"
    /// Right-to-left override and isolates: the text would display reversed ("exe.txt" tricks).
    static let bidi = "\u{202E}fdp.exe\u{202C} \u{2066}isolated\u{2069} \u{200F}rtl"
    static let longToken = String(repeating: "W", count: 5000)
    static let emoji = "Ms. 👩🏽‍🏫 Ngā Kura 🏫 — ümlaut, e\u{0301}, Z\u{0351}\u{0362}\u{0353}algo"
    static let controls = "a\u{0001}b\u{0007}c\u{001B}[31mred\u{001B}[0m\u{007F}d"
    static let formula = "=HYPERLINK(\"http://evil.example\",\"click\")"
    static let plusFormula = "+cmd|' /C calc'!A0"
    static let minusFormula = "-2+3"
    static let atFormula = "@SUM(1+1)*cmd|' /C calc'!A0"
    static let apostropheFormula = "'=already neutralised"
    static let csvBreakers = "comma, \"quote\", semi; and a\nnew line"
    static let jsonBreakers = "\\\" } ], \u{2028}\u{2029} {\"x\": 1}"

    /// Every text above: each is a valid cell value once trimmed (no NUL, no surrounding spaces).
    static let all: [String] = [
        scriptTag, eventHandler, singleQuoteHandler, javascriptURL, styleEnd, cdataEnd, comment, entity, bidi,
        longToken, emoji, controls, formula, plusFormula, minusFormula, atFormula, apostropheFormula, csvBreakers,
        jsonBreakers,
    ]

    /// Texts that start like a spreadsheet formula, including ones that start with tab or carriage
    /// return (which a dataset loader trims, so they are for writer tests only).
    static let formulas: [String] = [
        formula, plusFormula, minusFormula, atFormula, apostropheFormula, "\t=1+1", "\r=1+1", "''-1", "-", "=",
    ]

    /// A NUL byte: the CSV reader rejects the record holding it, so it is tested on its own.
    static let nul = "before\u{0000}after"
}
