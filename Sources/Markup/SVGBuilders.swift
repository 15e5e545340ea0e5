/// Builders for the SVG elements charts use. Numbers are written with ``NumberText/coordinate(_:)``;
/// negative widths and heights are drawn as 0 so the SVG stays valid.
///
///     Node.svg(width: 320, height: 120, [Attribute(.role, "img")], [
///         .title("Climate by month"),
///         .rect(x: 0, y: 0, width: 320, height: 120, [Attribute(.fill, "#f5f5f5")]),
///         .svgText("Stage 1", x: 4, y: 12),
///     ])
extension Node {
    /// `<svg width height viewBox>`; the view box defaults to `0 0 width height`.
    public static func svg(
        width: Double, height: Double, viewBox: ViewBox? = nil, _ attributes: [Attribute] = [],
        _ children: [Node]
    ) -> Node {
        let box = viewBox ?? ViewBox(x: 0, y: 0, width: width, height: height)
        return .element(
            .svg,
            [Attribute(.width, max(0, width)), Attribute(.height, max(0, height)), Attribute(.viewBox, box.text)]
                + attributes,
            children)
    }

    /// `<g>`: a group sharing attributes.
    public static func g(_ attributes: [Attribute] = [], _ children: [Node]) -> Node {
        .element(.g, attributes, children)
    }

    /// `<desc>`: the longer accessible description of an SVG.
    public static func desc(_ text: String) -> Node { .element(.desc, [], [.text(text)]) }

    /// `<rect>`; `children` may hold a `<title>` tooltip.
    public static func rect(
        x: Double, y: Double, width: Double, height: Double, _ attributes: [Attribute] = [],
        _ children: [Node] = []
    ) -> Node {
        .element(
            .rect,
            [
                Attribute(.x, x), Attribute(.y, y), Attribute(.width, max(0, width)),
                Attribute(.height, max(0, height)),
            ] + attributes, children)
    }

    /// `<line>` from (x1, y1) to (x2, y2).
    public static func line(
        x1: Double, y1: Double, x2: Double, y2: Double, _ attributes: [Attribute] = []
    ) -> Node {
        .element(
            .line, [Attribute(.x1, x1), Attribute(.y1, y1), Attribute(.x2, x2), Attribute(.y2, y2)] + attributes)
    }

    /// `<path d="…">`.
    public static func path(d: PathData, _ attributes: [Attribute] = [], _ children: [Node] = []) -> Node {
        .element(.path, [Attribute(.d, d.text)] + attributes, children)
    }

    /// `<circle>` centred on (cx, cy).
    public static func circle(
        cx: Double, cy: Double, r: Double, _ attributes: [Attribute] = [], _ children: [Node] = []
    ) -> Node {
        .element(.circle, [Attribute(.cx, cx), Attribute(.cy, cy), Attribute(.r, max(0, r))] + attributes, children)
    }

    /// SVG `<text>` at (x, y) holding `text` (escaped).
    public static func svgText(_ text: String, x: Double, y: Double, _ attributes: [Attribute] = []) -> Node {
        .element(.text, [Attribute(.x, x), Attribute(.y, y)] + attributes, [.text(text)])
    }
}

/// The `viewBox` of an `<svg>`: the user-space rectangle that is scaled to the element's box.
///
///     ViewBox(x: 0, y: 0, width: 640, height: 240).text  // "0 0 640 240"
public struct ViewBox: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The attribute value.
    public var text: String {
        [x, y, max(0, width), max(0, height)].map(NumberText.coordinate).joined(separator: " ")
    }
}
