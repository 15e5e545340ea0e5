/// A piece of HTML or SVG: an element, a text node, or a compile-time style sheet.
///
/// Data can only enter a node as a text node or an attribute value, and both are escaped when rendered
/// (see ``render()``), so no data string is ever spliced into markup. Nodes are plain values: the same
/// tree always renders to the same bytes.
///
///     let card = Node.div(class: "card", [
///         .h2("Climate"),
///         .p("Mean 3.42 (n = 57)"),
///     ])
///     card.render()  // "<div class=\"card\">\n<h2>Climate</h2>\n<p>Mean 3.42 (n = 57)</p>\n</div>"
public struct Node: Hashable, Sendable {
    enum Content: Hashable, Sendable {
        case element(Tag, [Attribute], [Node])
        case text(String)
        case styleSheet(TrustedCSS)
    }

    let content: Content

    private init(_ content: Content) { self.content = content }

    /// An element. Attributes render in the order given; a repeated name replaces the earlier value in
    /// its place. Children of void elements (`br`, `meta`, `img`, `hr`) are ignored.
    ///
    ///     Node.element(.span, [Attribute(.class, "badge")], [.text("late")])
    public static func element(_ tag: Tag, _ attributes: [Attribute] = [], _ children: [Node] = []) -> Node {
        // An element has a handful of attributes, seldom with a repeated name: a linear search finds one
        // sooner than a hash table could be built, and the array is copied only when one is found.
        var merged = attributes
        var index = 1
        while index < merged.count {
            let name = merged[index].name
            if let earlier = merged[..<index].firstIndex(where: { $0.name == name }) {
                merged[earlier] = merged.remove(at: index)
            } else {
                index += 1
            }
        }
        return Node(.element(tag, merged, tag.kind == .void ? [] : children))
    }

    /// A text node; escaped when rendered.
    ///
    ///     Node.text("<script>")  // renders as "&lt;script&gt;"
    public static func text(_ string: String) -> Node { Node(.text(string)) }

    /// A `<style>` element holding a compile-time style sheet.
    ///
    ///     Node.style("table{border-collapse:collapse}")
    public static func style(_ css: TrustedCSS) -> Node {
        Node(.element(.style, [], [Node(.styleSheet(css))]))
    }
}
