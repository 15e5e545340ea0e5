/// A continuous colour scale: evenly spaced stops, interpolated in between.
///
///     let ramp = Palette.sequential
///     ramp.color(at: 0)    // lightest blue
///     ramp.color(at: 0.5)  // mid blue
public struct ColorRamp: Hashable, Sendable {
    /// The stops from t = 0 to t = 1.
    public let stops: [Color]

    /// A ramp through `stops` (at least one).
    public init(stops: [Color]) {
        precondition(!stops.isEmpty, "a ColorRamp needs at least one stop")
        self.stops = stops
    }

    /// The colour at `t`, clamped to 0…1.
    public func color(at t: Double) -> Color {
        guard stops.count > 1, t.isFinite else { return stops[stops.count / 2] }
        let scaled = min(1, max(0, t)) * Double(stops.count - 1)
        let index = min(stops.count - 2, Int(scaled))
        return stops[index].mixed(with: stops[index + 1], scaled - Double(index))
    }

    /// `count` colours sampled evenly from end to end, e.g. for a stepped legend.
    public func samples(_ count: Int) -> [Color] {
        guard count > 1 else { return [color(at: 0.5)] }
        return (0..<count).map { color(at: Double($0) / Double(count - 1)) }
    }
}
