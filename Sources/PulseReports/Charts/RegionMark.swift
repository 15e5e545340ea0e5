import Markup

/// Background bands spanning the plot's height between two x values, each labelled at its top, e.g.
/// the program's stages. Fills alternate so adjacent bands stay distinct.
///
///     RegionMark(regions: [.init(from: 0.5, to: 4.5, label: "1 Establish foundations")])
///         .render(x: months, in: plot)
public struct RegionMark: Hashable, Sendable {
    public struct Region: Hashable, Sendable {
        public var from: Double
        public var to: Double
        public var label: String

        public init(from: Double, to: Double, label: String) {
            self.from = from
            self.to = to
            self.label = label
        }
    }

    public var regions: [Region]

    public init(regions: [Region]) { self.regions = regions }

    public func render(x: some PositionScale, in plot: ChartRect) -> Node {
        let fontSize = ChartCanvas.fontSize
        return .g(
            [Attribute(.class, "regions")],
            regions.enumerated().flatMap { index, region -> [Node] in
                let (start, end) = (x.position(region.from), x.position(region.to))
                let label = TextMetrics.fitting(region.label, width: end - start - 8, fontSize: fontSize)
                return [
                    .rect(
                        x: start, y: plot.y, width: end - start, height: plot.height,
                        [Attribute(.fill, Palette.bands[index % Palette.bands.count].hex)]),
                    .svgText(
                        label, x: start + 4, y: plot.y + fontSize + 2,
                        [Attribute(.fill, Palette.mutedInk.hex)]),
                ]
            })
    }
}
