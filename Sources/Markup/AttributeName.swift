/// An attribute name from the closed set that pages and charts use.
///
/// Attribute names are never data: there is no public initialiser. Event handlers (`on…`), `style`,
/// `http-equiv` and URL-valued attributes other than `href`/`src` are absent, and `href`/`src` can only
/// be set through ``Attribute/href(_:)`` and ``Attribute/src(_:)`` with a ``SafeURL``.
///
///     Attribute(.class, "card")
public struct AttributeName: Hashable, Sendable {
    /// The name as written in markup.
    public let name: String

    private init(_ name: String) { self.name = name }

    // URL-valued and namespace attributes: only through typed constructors.
    static let href = AttributeName("href")
    static let src = AttributeName("src")
    static let xmlns = AttributeName("xmlns")

    // Global HTML and ARIA
    public static let `class` = AttributeName("class")
    public static let id = AttributeName("id")
    public static let lang = AttributeName("lang")
    public static let dir = AttributeName("dir")
    /// `title="…"`: an advisory tooltip (not the `<title>` element).
    public static let title = AttributeName("title")
    public static let role = AttributeName("role")
    public static let hidden = AttributeName("hidden")
    public static let ariaLabel = AttributeName("aria-label")
    public static let ariaHidden = AttributeName("aria-hidden")
    public static let ariaDescribedBy = AttributeName("aria-describedby")
    public static let ariaLabelledBy = AttributeName("aria-labelledby")

    // Element-specific HTML
    public static let charset = AttributeName("charset")
    public static let name = AttributeName("name")
    public static let content = AttributeName("content")
    public static let scope = AttributeName("scope")
    public static let colspan = AttributeName("colspan")
    public static let rowspan = AttributeName("rowspan")
    public static let headers = AttributeName("headers")
    public static let open = AttributeName("open")
    public static let alt = AttributeName("alt")
    public static let width = AttributeName("width")
    public static let height = AttributeName("height")
    public static let datetime = AttributeName("datetime")

    // SVG geometry and presentation
    public static let viewBox = AttributeName("viewBox")
    public static let preserveAspectRatio = AttributeName("preserveAspectRatio")
    public static let x = AttributeName("x")
    public static let y = AttributeName("y")
    public static let x1 = AttributeName("x1")
    public static let y1 = AttributeName("y1")
    public static let x2 = AttributeName("x2")
    public static let y2 = AttributeName("y2")
    public static let cx = AttributeName("cx")
    public static let cy = AttributeName("cy")
    public static let r = AttributeName("r")
    public static let rx = AttributeName("rx")
    public static let dx = AttributeName("dx")
    public static let dy = AttributeName("dy")
    public static let d = AttributeName("d")
    public static let transform = AttributeName("transform")
    public static let fill = AttributeName("fill")
    public static let fillOpacity = AttributeName("fill-opacity")
    public static let stroke = AttributeName("stroke")
    public static let strokeWidth = AttributeName("stroke-width")
    public static let strokeDasharray = AttributeName("stroke-dasharray")
    public static let strokeLinecap = AttributeName("stroke-linecap")
    public static let strokeLinejoin = AttributeName("stroke-linejoin")
    public static let strokeOpacity = AttributeName("stroke-opacity")
    public static let opacity = AttributeName("opacity")
    public static let paintOrder = AttributeName("paint-order")
    public static let shapeRendering = AttributeName("shape-rendering")
    public static let vectorEffect = AttributeName("vector-effect")
    public static let textAnchor = AttributeName("text-anchor")
    public static let dominantBaseline = AttributeName("dominant-baseline")
    public static let fontFamily = AttributeName("font-family")
    public static let fontSize = AttributeName("font-size")
    public static let fontWeight = AttributeName("font-weight")
}
