/// Reading a node tree back, for tests and for composing pages.
///
///     let chart: Node = …
///     chart.descendants(.rect).count           // number of bars
///     chart.first(.title)?.textContent         // the accessible name
///     chart.attribute(.role)                   // "img"
extension Node {
    /// The element's tag, or nil for text.
    public var tag: Tag? {
        if case .element(let tag, _, _) = content { return tag }
        return nil
    }

    /// The element's attributes in render order; empty for text.
    public var attributes: [Attribute] {
        if case .element(_, let attributes, _) = content { return attributes }
        return []
    }

    /// The element's children; empty for text.
    public var children: [Node] {
        if case .element(_, _, let children) = content { return children }
        return []
    }

    /// The value of an attribute, if set.
    public func attribute(_ name: AttributeName) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Whether the `class` attribute lists `className`.
    public func hasClass(_ className: String) -> Bool {
        attribute(.class)?.split(separator: " ").contains { $0 == className } ?? false
    }

    /// All text in this node and its descendants, unescaped, in document order.
    public var textContent: String {
        switch content {
        case .text(let string): return string
        case .styleSheet: return ""
        case .element(_, _, let children): return children.map(\.textContent).joined()
        }
    }

    /// Every descendant element (not this node) with `tag`, in document order.
    public func descendants(_ tag: Tag) -> [Node] {
        children.flatMap { child in (child.tag == tag ? [child] : []) + child.descendants(tag) }
    }

    /// The first descendant element with `tag`.
    public func first(_ tag: Tag) -> Node? { descendants(tag).first }
}
