/// One attribute: a name from the closed set and a value that is escaped when rendered.
///
///     Attribute(.class, "delta up")
///     Attribute(.strokeWidth, 1.5)           // "1.5", locale-free
///     Attribute.href(SafeURL("#climate")!)
public struct Attribute: Hashable, Sendable {
    public let name: AttributeName
    /// The value as given; escaping happens when the node is rendered.
    public let value: String

    /// An attribute with a text value.
    public init(_ name: AttributeName, _ value: String) {
        self.name = name
        self.value = value
    }

    /// An attribute with a numeric value, written as an SVG coordinate (at most 2 decimals).
    public init(_ name: AttributeName, _ value: Double) {
        self.init(name, NumberText.coordinate(value))
    }

    /// `href`, only from a ``SafeURL`` (relative path, `#fragment` or `https:`).
    public static func href(_ url: SafeURL) -> Attribute { Attribute(.href, url.string) }

    /// `src`, only from a ``SafeURL`` (relative path, `#fragment` or `https:`).
    public static func src(_ url: SafeURL) -> Attribute { Attribute(.src, url.string) }
}
