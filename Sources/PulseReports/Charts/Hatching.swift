import Markup

/// The grey, diagonally hatched fill that marks a suppressed value. Drawn with plain lines clipped by
/// arithmetic, so it needs no `<pattern>` id that could clash with another chart on the same page.
///
///     Hatching.cell(ChartRect(x: 0, y: 0, width: 40, height: 20))
enum Hatching {
    static let spacing = 6.0

    /// A grey rectangle crossed by 45° lines every ``spacing`` units.
    static func cell(_ rect: ChartRect) -> Node {
        var path = PathData()
        // Lines x − y = c (going down-right) for c across the rectangle, clipped to it.
        var offset = -rect.height + spacing / 2
        while offset < rect.width {
            let start = (x: rect.x + max(0, offset), y: rect.y + max(0, -offset))
            let length = min(rect.width - max(0, offset), rect.height - max(0, -offset))
            path = path.move(to: start.x, start.y).line(to: start.x + length, start.y + length)
            offset += spacing
        }
        return .g(
            [Attribute(.class, "suppressed")],
            [
                .rect(
                    x: rect.x, y: rect.y, width: rect.width, height: rect.height,
                    [Attribute(.fill, Palette.suppressed.hex)]),
                .path(
                    d: path,
                    [Attribute(.stroke, Palette.hatch.hex), Attribute(.strokeWidth, 1), Attribute(.fill, "none")]),
            ])
    }
}
