/// The XmR (individuals and moving range) control chart of a series.
///
/// centre = x̄, average moving range MR̄ = mean of |xᵢ − xᵢ₋₁|, natural process limits x̄ ± 2.66 MR̄
/// (2.66 = 3/d₂, d₂ = 1.128), moving-range upper limit 3.268 MR̄ (D₄ for subgroups of 2); Wheeler,
/// "Understanding Variation" (2000). Limits are computed from 3 points or more; with fewer than 8 they are
/// soft and a report should say so.
public struct XmRChart: Hashable, Sendable {
    /// The fewest points from which limits are computed.
    public static let minimumPoints = 3

    public var centre: Double
    public var averageMovingRange: Double
    public var lowerLimit: Double
    public var upperLimit: Double
    public var movingRangeLimit: Double

    public init(
        centre: Double, averageMovingRange: Double, lowerLimit: Double, upperLimit: Double, movingRangeLimit: Double
    ) {
        self.centre = centre
        self.averageMovingRange = averageMovingRange
        self.lowerLimit = lowerLimit
        self.upperLimit = upperLimit
        self.movingRangeLimit = movingRangeLimit
    }

    /// The chart of `y` in time order; nil with fewer than `minimumPoints` points or a non-finite value.
    /// A constant series has centre exactly its value and limits equal to it.
    ///
    /// - Complexity: O(n).
    public static func fit(_ y: [Double]) -> XmRChart? {
        guard y.count >= minimumPoints, y.allSatisfy(\.isFinite) else { return nil }
        let movingRanges = zip(y.dropFirst(), y).map { abs($0 - $1) }
        let averageMovingRange = movingRanges.reduce(0, +) / Double(movingRanges.count)
        let centre = averageMovingRange == 0 ? y[0] : y.reduce(0, +) / Double(y.count)
        return XmRChart(
            centre: centre, averageMovingRange: averageMovingRange,
            lowerLimit: centre - 2.66 * averageMovingRange, upperLimit: centre + 2.66 * averageMovingRange,
            movingRangeLimit: 3.268 * averageMovingRange)
    }

    /// Points of `y` strictly outside the natural process limits, one signal per point.
    /// `.notEnoughPoints` when `y` has fewer than `minimumPoints` points.
    public func beyondLimits(_ y: [Double]) -> RuleOutcome {
        guard y.count >= Self.minimumPoints else { return .notEnoughPoints(needed: Self.minimumPoints, have: y.count) }
        let signals = y.indices.compactMap { i -> Signal? in
            let side = y[i] > upperLimit ? "above the upper" : (y[i] < lowerLimit ? "below the lower" : nil)
            return side.map {
                Signal(
                    rule: .beyondLimits, indices: [i], description: "Beyond limits: point \($0) natural process limit")
            }
        }
        return signals.isEmpty ? .noSignal : .signals(signals)
    }

    /// Moving ranges |yᵢ − yᵢ₋₁| strictly above the moving-range limit, one signal per jump, indexed by
    /// the later point. `.notEnoughPoints` when `y` has fewer than `minimumPoints` points.
    public func movingRangeBeyondLimit(_ y: [Double]) -> RuleOutcome {
        guard y.count >= Self.minimumPoints else { return .notEnoughPoints(needed: Self.minimumPoints, have: y.count) }
        let signals = y.indices.dropFirst().compactMap { i -> Signal? in
            abs(y[i] - y[i - 1]) > movingRangeLimit
                ? Signal(
                    rule: .movingRangeBeyondLimit, indices: [i],
                    description:
                        "Moving range beyond limit: jump from the previous point above 3.268 × the average moving range"
                )
                : nil
        }
        return signals.isEmpty ? .noSignal : .signals(signals)
    }
}
