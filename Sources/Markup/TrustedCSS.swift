/// A style sheet written in the source code: the only raw text that reaches a page unescaped.
///
/// It can only be built from string literals (and joined with `+`), never from data. It must not contain
/// `<` or `&`, so it means the same as HTML raw text and as XML character data and can never close its
/// `<style>` element.
///
///     let css: TrustedCSS = "body{font-family:system-ui,sans-serif}"
///     Node.style(css + ".delta{font-weight:600}")
public struct TrustedCSS: Hashable, Sendable, ExpressibleByStringLiteral {
    let text: String

    private init(text: String) { self.text = text }

    /// A style sheet from a string literal. Traps if the literal contains `<` or `&`.
    public init(stringLiteral value: StaticString) {
        let text = value.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        precondition(
            !text.contains("<") && !text.contains("&"),
            "TrustedCSS literals must not contain '<' or '&'")
        self.init(text: text)
    }

    /// The two style sheets, one after the other.
    public static func + (lhs: TrustedCSS, rhs: TrustedCSS) -> TrustedCSS {
        TrustedCSS(text: lhs.text + rhs.text)
    }
}
