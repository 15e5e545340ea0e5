import Markup

/// The `<svg>` root of every chart: responsive view box, `role="img"`, a `<title>` and a `<desc>`.
///
/// The width and height are the intrinsic size (used by standalone files and slides); with
/// ``ChartCanvas/css`` on the page the chart shrinks to its container and keeps its aspect ratio.
///
///     ChartCanvas.svg(width: 640, height: 240, title: "Climate", description: "Mean by month…", [marks])
public enum ChartCanvas {
    /// The style sheet pages include once so charts scale to their container.
    public static let css: TrustedCSS = "svg.pulse-chart{max-width:100%;height:auto;overflow:visible}"

    /// The chart's own style sheet, inside its `<svg>` so standalone files keep it: halo text paints its
    /// white outline under the glyphs.
    static let innerCSS: TrustedCSS = ".halo{paint-order:stroke}"

    /// The font size of chart text in user units.
    static let fontSize = 11.0

    /// An accessible chart root.
    public static func svg(
        width: Double, height: Double, title: String, description: String, _ children: [Node]
    ) -> Node {
        .svg(
            width: width, height: height,
            [
                Attribute(.role, "img"), Attribute(.class, "pulse-chart"),
                Attribute(.fontFamily, "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"),
                Attribute(.fontSize, fontSize), Attribute(.fill, Palette.ink.hex),
            ],
            [.title(title), .desc(description), .style(innerCSS)] + children)
    }
}
