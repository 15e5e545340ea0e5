/// Builders for the HTML elements pages use, so a page reads like its outline.
///
///     Node.html(lang: "en", head: [.meta(charset: "utf-8"), .title("Cluster North")], body: [
///         .h1("Cluster North"),
///         .details(summary: "Who answered", [.p("57 of 64 staff")]),
///     ])
extension Node {
    /// `<html lang="…"><head>…</head><body>…</body></html>`; render it with ``renderHTMLDocument()``.
    public static func html(lang: String, head: [Node], body: [Node]) -> Node {
        .element(.html, [Attribute(.lang, lang)], [.element(.head, [], head), .element(.body, [], body)])
    }

    /// `<meta charset="…">`.
    public static func meta(charset: String) -> Node { .element(.meta, [Attribute(.charset, charset)]) }

    /// `<meta name="…" content="…">`, e.g. the viewport.
    public static func meta(name: String, content: String) -> Node {
        .element(.meta, [Attribute(.name, name), Attribute(.content, content)])
    }

    /// `<title>`: the page title in `<head>`, or an SVG element's accessible name.
    public static func title(_ text: String) -> Node { .element(.title, [], [.text(text)]) }

    /// A block container such as `div`, `section`, `header`, `main`, `figure`, with an optional class.
    ///
    ///     Node.block(.section, class: "school", [.h2("Ash Grove")])
    public static func block(_ tag: Tag, class className: String? = nil, _ children: [Node]) -> Node {
        .element(tag, classAttribute(className), children)
    }

    /// `<div class="…">…</div>`.
    public static func div(class className: String? = nil, _ children: [Node]) -> Node {
        block(.div, class: className, children)
    }

    /// `<span class="…">text</span>`.
    public static func span(class className: String? = nil, _ text: String) -> Node {
        block(.span, class: className, [.text(text)])
    }

    /// `<h1>text</h1>`.
    public static func h1(_ text: String) -> Node { .element(.h1, [], [.text(text)]) }
    /// `<h2>text</h2>`.
    public static func h2(_ text: String) -> Node { .element(.h2, [], [.text(text)]) }
    /// `<h3>text</h3>`.
    public static func h3(_ text: String) -> Node { .element(.h3, [], [.text(text)]) }

    /// `<p class="…">text</p>`.
    public static func p(class className: String? = nil, _ text: String) -> Node {
        block(.p, class: className, [.text(text)])
    }

    /// `<p class="…">…</p>` with mixed content, e.g. `[.text("Mean "), .strong("3.42")]`.
    public static func p(class className: String? = nil, _ children: [Node]) -> Node {
        block(.p, class: className, children)
    }

    /// `<strong>text</strong>`.
    public static func strong(_ text: String) -> Node { .element(.strong, [], [.text(text)]) }

    /// `<a href="…">text</a>`; the URL is a ``SafeURL``, so never `javascript:`.
    public static func a(href: SafeURL, _ text: String) -> Node {
        .element(.a, [.href(href)], [.text(text)])
    }

    /// `<ul class="…"><li>…</li>…</ul>`, one item per node list.
    ///
    ///     Node.list(["Coaching", "Workshop"].map { [.text($0)] })
    public static func list(class className: String? = nil, _ items: [[Node]]) -> Node {
        .element(.ul, classAttribute(className), items.map { .element(.li, [], $0) })
    }

    /// `<details><summary>summary</summary>…</details>`, closed unless `open`.
    public static func details(open: Bool = false, summary: String, _ children: [Node]) -> Node {
        .element(
            .details, open ? [Attribute(.open, "")] : [],
            [.element(.summary, [], [.text(summary)])] + children)
    }

    /// `<table>` with an optional caption, one header row of cells and body rows of cells.
    ///
    ///     Node.table(caption: "Dimensions", header: [.th("Dimension"), .th("Mean")],
    ///                rows: [[.th("Climate", scope: .row), .td("3.42")]])
    public static func table(
        class className: String? = nil, caption: String? = nil, header: [Node], rows: [[Node]]
    ) -> Node {
        let captionNode = caption.map { [Node.element(.caption, [], [.text($0)])] } ?? []
        return .element(
            .table, classAttribute(className),
            captionNode + [
                .element(.thead, [], [.element(.tr, [], header)]),
                .element(.tbody, [], rows.map { .element(.tr, [], $0) }),
            ])
    }

    /// What a header cell heads.
    public enum HeaderScope: String, Sendable { case col, row }

    /// `<th scope="…">text</th>`.
    public static func th(_ text: String, scope: HeaderScope = .col) -> Node {
        .element(.th, [Attribute(.scope, scope.rawValue)], [.text(text)])
    }

    /// `<td class="…">text</td>`.
    public static func td(class className: String? = nil, _ text: String) -> Node {
        block(.td, class: className, [.text(text)])
    }

    /// `<td class="…">…</td>` with element content, e.g. a sparkline.
    public static func td(class className: String? = nil, _ children: [Node]) -> Node {
        block(.td, class: className, children)
    }

    static func classAttribute(_ className: String?) -> [Attribute] {
        className.map { [Attribute(.class, $0)] } ?? []
    }
}
