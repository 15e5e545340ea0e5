import Markup

/// Text with a white outline painted under it, so a label stays legible over lines and gridlines.
///
/// The outline goes under the glyphs through the chart's own style rule for `.halo` (`paint-order`, see
/// ``ChartCanvas``): a CSS property rather than the SVG 2 attribute, which the Nu HTML checker rejects.
///
///     HaloText.node("3.6", x: 120, y: 40, anchor: "middle")
enum HaloText {
    static func node(
        _ text: String, x: Double, y: Double, anchor: String, _ attributes: [Attribute] = []
    ) -> Node {
        .svgText(
            text, x: x, y: y,
            [
                Attribute(.textAnchor, anchor), Attribute(.stroke, "#ffffff"), Attribute(.strokeWidth, 3),
                Attribute(.class, "halo"), Attribute(.strokeLinejoin, "round"),
            ] + attributes)
    }
}
