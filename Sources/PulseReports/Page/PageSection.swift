import Markup

/// A titled section of a page with an optional takeaway sentence under its heading.
///
///     PageSection(id: "milestones", title: "Milestones", takeaway: summary.takeaway, [table]).render()
public struct PageSection: Sendable {
    /// A fixed anchor name (never data).
    public var id: StaticString
    public var title: String
    public var takeaway: Takeaway?
    public var children: [Node]

    public init(id: StaticString, title: String, takeaway: Takeaway? = nil, _ children: [Node]) {
        self.id = id
        self.title = title
        self.takeaway = takeaway
        self.children = children
    }

    public func render() -> Node {
        .element(
            .section, [Attribute(.id, id.description)],
            [.h2(title)] + (takeaway.map { [.p(class: "takeaway", $0.text)] } ?? []) + children)
    }
}
