/// The `d` of an SVG `<path>`, built from numbers (never parsed from text), with locale-free coordinates.
///
///     let d = PathData().move(to: 0, 10).line(to: 20, 5).line(to: 40, 8)
///     d.text  // "M0,10L20,5L40,8"
public struct PathData: Hashable, Sendable {
    /// The path commands as written in the `d` attribute.
    public private(set) var text = ""

    /// An empty path.
    public init() {}

    /// Starts a new subpath at (x, y).
    ///
    /// The commands take the path by value and hand it back extended: `path = path.line(to: x, y)` appends
    /// in place instead of copying the text so far.
    public consuming func move(to x: Double, _ y: Double) -> PathData { appending("M", x, y) }

    /// A straight line to (x, y).
    public consuming func line(to x: Double, _ y: Double) -> PathData { appending("L", x, y) }

    /// Closes the current subpath.
    public consuming func close() -> PathData {
        text += "Z"
        return self
    }

    /// Whether the path has no commands.
    public var isEmpty: Bool { text.isEmpty }

    private consuming func appending(_ command: String, _ x: Double, _ y: Double) -> PathData {
        text += command
        text += NumberText.coordinate(x)
        text += ","
        text += NumberText.coordinate(y)
        return self
    }
}
