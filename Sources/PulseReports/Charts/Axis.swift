import Markup

/// An axis along the bottom or left edge of a plot: a baseline, ticks with labels, optional gridlines.
///
///     let y = LinearScale(domain: 1...5, range: plot.vertical, reversed: true)
///     Axis.linear(y, edge: .left, format: .decimal(digits: 0), gridlines: true).render(in: plot)
public struct Axis: Hashable, Sendable {
    /// Which edge of the plot the axis runs along.
    public enum Edge: Hashable, Sendable { case bottom, left }

    /// One tick: where it is, and its already-written label.
    public struct Tick: Hashable, Sendable {
        public var position: Double
        public var label: String

        public init(position: Double, label: String) {
            self.position = position
            self.label = label
        }
    }

    public var edge: Edge
    public var ticks: [Tick]
    /// Lines across the plot at each tick.
    public var gridlines: Bool
    /// Whether to draw the baseline along the edge.
    public var baseline: Bool

    public init(edge: Edge, ticks: [Tick], gridlines: Bool = false, baseline: Bool = true) {
        self.edge = edge
        self.ticks = ticks
        self.gridlines = gridlines
        self.baseline = baseline
    }

    /// An axis with nice ticks of a linear scale.
    public static func linear(
        _ scale: LinearScale, edge: Edge, count: Int = 5, format: TickFormat = .automatic, gridlines: Bool = false
    ) -> Axis {
        let digits = scale.tickDigits(count: count)
        let ticks = scale.ticks(count: count).map {
            Tick(position: scale.position($0), label: format.text($0, automaticDigits: digits))
        }
        return Axis(edge: edge, ticks: ticks, gridlines: gridlines)
    }

    /// A bottom axis over months; `labels[i]` names month `scale.months.lowerBound + i`.
    public static func months(_ scale: TimeScale, labels: [String], maxTicks: Int = 12) -> Axis {
        let ticks = scale.ticks(maxCount: maxTicks).map { month in
            let index = month - scale.months.lowerBound
            return Tick(
                position: scale.position(Double(month)), label: labels.indices.contains(index) ? labels[index] : "")
        }
        return Axis(edge: .bottom, ticks: ticks)
    }

    /// The axis drawn along `plot`.
    public func render(in plot: ChartRect) -> Node {
        var grid: [Node] = []
        var marks: [Node] = []
        let tickLength = 4.0
        for tick in ticks {
            switch edge {
            case .bottom:
                if gridlines { grid.append(.line(x1: tick.position, y1: plot.y, x2: tick.position, y2: plot.maxY)) }
                marks.append(.line(x1: tick.position, y1: plot.maxY, x2: tick.position, y2: plot.maxY + tickLength))
                marks.append(
                    .svgText(
                        tick.label, x: tick.position, y: plot.maxY + tickLength + 11,
                        [Attribute(.textAnchor, "middle")]))
            case .left:
                if gridlines { grid.append(.line(x1: plot.x, y1: tick.position, x2: plot.maxX, y2: tick.position)) }
                marks.append(.line(x1: plot.x - tickLength, y1: tick.position, x2: plot.x, y2: tick.position))
                marks.append(
                    .svgText(
                        tick.label, x: plot.x - tickLength - 3, y: tick.position,
                        [Attribute(.textAnchor, "end"), Attribute(.dominantBaseline, "middle")]))
            }
        }
        if baseline {
            marks.append(
                edge == .bottom
                    ? .line(x1: plot.x, y1: plot.maxY, x2: plot.maxX, y2: plot.maxY)
                    : .line(x1: plot.x, y1: plot.y, x2: plot.x, y2: plot.maxY))
        }
        return .g(
            [Attribute(.class, "axis axis-\(edge == .bottom ? "bottom" : "left")")],
            (grid.isEmpty ? [] : [.g([Attribute(.stroke, Palette.grid.hex), Attribute(.class, "grid")], grid)])
                + [.g([Attribute(.stroke, Palette.axis.hex), Attribute(.fill, Palette.mutedInk.hex)], marks)])
    }
}
