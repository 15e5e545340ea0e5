/// An element name from the closed set that pages and charts use.
///
/// Element names are never data: there is no public initialiser, so a name can only be one of the
/// static members below. `script`, `iframe`, `object` and the like are deliberately absent.
///
///     let heading = Node.element(.h2, [], [.text("Climate")])
public struct Tag: Hashable, Sendable {
    /// How the element is serialised.
    enum Kind: Hashable, Sendable {
        /// An HTML void element (`<br>`): no end tag, no children.
        case void
        /// An ordinary HTML element: always an end tag.
        case normal
        /// An SVG element: self-closing (`<rect/>`) when it has no children.
        case foreign
    }

    /// Where the serialiser may put line breaks without changing what the page shows.
    enum Layout: Hashable, Sendable {
        /// Phrasing content: never a line break around it.
        case inline
        /// A block: a line break before it is insignificant whitespace.
        case block
        /// A container whose content is elements only: each child starts a new line.
        case container
    }

    /// The name as written in markup.
    public let name: String
    let kind: Kind
    let layout: Layout

    private init(_ name: String, _ kind: Kind = .normal, _ layout: Layout = .inline) {
        self.name = name
        self.kind = kind
        self.layout = layout
    }

    public static func == (lhs: Tag, rhs: Tag) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    // Document
    public static let html = Tag("html", .normal, .container)
    public static let head = Tag("head", .normal, .container)
    public static let body = Tag("body", .normal, .block)
    public static let meta = Tag("meta", .void, .block)
    /// `<title>`: the page title in `<head>`, or an SVG element's accessible name.
    public static let title = Tag("title", .normal, .block)
    static let style = Tag("style", .normal, .block)

    // Sections and blocks
    public static let main = Tag("main", .normal, .block)
    public static let header = Tag("header", .normal, .block)
    public static let footer = Tag("footer", .normal, .block)
    public static let section = Tag("section", .normal, .block)
    public static let nav = Tag("nav", .normal, .block)
    public static let article = Tag("article", .normal, .block)
    public static let aside = Tag("aside", .normal, .block)
    public static let div = Tag("div", .normal, .block)
    public static let p = Tag("p", .normal, .block)
    public static let h1 = Tag("h1", .normal, .block)
    public static let h2 = Tag("h2", .normal, .block)
    public static let h3 = Tag("h3", .normal, .block)
    public static let h4 = Tag("h4", .normal, .block)
    public static let figure = Tag("figure", .normal, .block)
    public static let figcaption = Tag("figcaption", .normal, .block)
    public static let details = Tag("details", .normal, .block)
    public static let summary = Tag("summary", .normal, .block)
    public static let ul = Tag("ul", .normal, .container)
    public static let ol = Tag("ol", .normal, .container)
    public static let li = Tag("li", .normal, .block)
    public static let dl = Tag("dl", .normal, .container)
    public static let dt = Tag("dt", .normal, .block)
    public static let dd = Tag("dd", .normal, .block)
    public static let hr = Tag("hr", .void, .block)

    // Tables
    public static let table = Tag("table", .normal, .container)
    public static let caption = Tag("caption", .normal, .block)
    public static let thead = Tag("thead", .normal, .container)
    public static let tbody = Tag("tbody", .normal, .container)
    public static let tfoot = Tag("tfoot", .normal, .container)
    public static let tr = Tag("tr", .normal, .container)
    public static let th = Tag("th", .normal, .block)
    public static let td = Tag("td", .normal, .block)

    // Phrasing
    public static let span = Tag("span")
    public static let a = Tag("a")
    public static let strong = Tag("strong")
    public static let em = Tag("em")
    public static let small = Tag("small")
    public static let abbr = Tag("abbr")
    public static let bdi = Tag("bdi")
    public static let time = Tag("time")
    public static let br = Tag("br", .void)
    public static let img = Tag("img", .void)

    // SVG
    public static let svg = Tag("svg", .foreign, .container)
    public static let g = Tag("g", .foreign, .container)
    public static let defs = Tag("defs", .foreign, .container)
    public static let desc = Tag("desc", .foreign, .block)
    public static let rect = Tag("rect", .foreign, .block)
    public static let line = Tag("line", .foreign, .block)
    public static let path = Tag("path", .foreign, .block)
    public static let circle = Tag("circle", .foreign, .block)
    /// SVG `<text>`; build it with ``Node/svgText(_:x:y:_:)``.
    public static let text = Tag("text", .foreign, .block)
    public static let tspan = Tag("tspan", .foreign)
}
