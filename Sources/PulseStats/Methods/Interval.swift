/// A closed interval [lower, upper], e.g. a confidence interval or control limits.
public struct Interval: Hashable, Sendable {
    public var lower: Double
    public var upper: Double

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether `x` lies inside the interval, bounds included.
    public func contains(_ x: Double) -> Bool { lower <= x && x <= upper }
}
