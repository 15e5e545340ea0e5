import Markup

/// The frame of every report page: one self-contained HTML document (inline CSS, inline SVG, no script,
/// nothing fetched) with a header (breadcrumbs, title, subtitle), the sections, and a footer.
///
///     let page = PageShell(title: "Carver Cluster", subtitle: "August 2026 · program month 7",
///                          breadcrumbs: [PageLink("Program", "../index.html")], sections: [tiles, trends],
///                          footer: ["Generated from Datasets/demo as of 2026-08-31."])
///     let html: String = page.document()
public struct PageShell: Sendable {
    public var title: String
    public var subtitle: String
    /// Links shown above the title, e.g. back to the program and the cluster.
    public var breadcrumbs: [PageLink]
    public var sections: [Node]
    public var footer: [String]
    /// Rules appended to `PageStyle.css`.
    public var css: TrustedCSS?

    public init(
        title: String, subtitle: String, breadcrumbs: [PageLink] = [], sections: [Node], footer: [String] = [],
        css: TrustedCSS? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.breadcrumbs = breadcrumbs
        self.sections = sections
        self.footer = footer
        self.css = css
    }

    /// The `<html>` node.
    public func render() -> Node {
        let style = PageStyle.css + ChartCanvas.css + (css ?? "")
        let crumbs: [Node] =
            breadcrumbs.isEmpty
            ? []
            : [
                .element(
                    .nav, [Attribute(.class, "crumbs"), Attribute(.ariaLabel, "Breadcrumbs")],
                    breadcrumbs.flatMap { [$0.node, .text(" › ")] })
            ]
        return .html(
            lang: "en",
            head: [
                .meta(charset: "utf-8"), .meta(name: "viewport", content: "width=device-width, initial-scale=1"),
                .title(title), .style(style),
            ],
            body: [
                .element(.header, [Attribute(.class, "page")], crumbs + [.h1(title), .p(subtitle)]),
                .element(.main, [], sections),
                .element(.footer, [Attribute(.class, "page")], footer.map { .p($0) }),
            ])
    }

    /// The whole document as text.
    public func document() -> String { render().renderHTMLDocument() }

    /// The whole document as UTF-8 bytes, for a `ReportFile`.
    public func documentUTF8() -> [UInt8] { render().renderHTMLDocumentUTF8() }
}

/// A link between pages of one report set; the target is a relative path built from slugs.
public struct PageLink: Hashable, Sendable {
    public var text: String
    public var url: SafeURL

    /// A link to a relative path; traps on a path that is not a `SafeURL` (paths come from `PageNames`).
    public init(_ text: String, _ path: String) {
        guard let url = SafeURL(path) else { preconditionFailure("not a safe relative path: \(path)") }
        self.text = text
        self.url = url
    }

    public var node: Node { .a(href: url, text) }
}
