/// The p-chart of a monthly proportion (e.g. the favorable share), with limits for each month's n.
///
/// centre p̄ = Σkᵢ / Σnᵢ; limits for point i: p̄ ± 3√(p̄(1 − p̄)/nᵢ), clipped to 0…1 (Montgomery,
/// "Introduction to Statistical Quality Control", §7.2). Computed from 3 points or more, like `XmRChart`.
public struct PChart: Hashable, Sendable {
    /// The fewest points from which the chart is computed.
    public static let minimumPoints = 3

    /// The pooled proportion p̄.
    public var centre: Double
    /// The 3-sigma limits of each fitted point, in order.
    public var limits: [Interval]

    public init(centre: Double, limits: [Interval]) {
        self.centre = centre
        self.limits = limits
    }

    /// The chart; nil when the arrays differ in length, have fewer than `minimumPoints` points,
    /// or a point has n ≤ 0 or successes outside 0…n.
    ///
    /// - Complexity: O(n).
    public static func fit(successes: [Int], n: [Int]) -> PChart? {
        guard successes.count == n.count, n.count >= minimumPoints,
            zip(successes, n).allSatisfy({ $1 > 0 && (0...$1).contains($0) })
        else { return nil }
        let centre = Double(successes.reduce(0, +)) / Double(n.reduce(0, +))
        return PChart(centre: centre, limits: n.map { limits(centre: centre, n: $0) })
    }

    /// Points whose proportion kᵢ/nᵢ lies strictly outside their limits (computed from this chart's p̄ and
    /// each point's nᵢ), one signal per point. Points with nᵢ ≤ 0 are skipped; `.notEnoughPoints` when the
    /// arrays differ in length or fewer than `minimumPoints` points remain.
    public func beyondLimits(successes: [Int], n: [Int]) -> RuleOutcome {
        let points = successes.count == n.count ? n.indices.filter { n[$0] > 0 } : []
        guard points.count >= Self.minimumPoints else {
            return .notEnoughPoints(needed: Self.minimumPoints, have: points.count)
        }
        let signals = points.compactMap { i -> Signal? in
            let p = Double(successes[i]) / Double(n[i])
            let limit = Self.limits(centre: centre, n: n[i])
            let side = p > limit.upper ? "above the upper" : (p < limit.lower ? "below the lower" : nil)
            return side.map {
                Signal(
                    rule: .pChartBeyondLimits, indices: [i],
                    description: "Beyond limits: proportion \($0) 3-sigma limit")
            }
        }
        return signals.isEmpty ? .noSignal : .signals(signals)
    }

    /// p̄ ± 3√(p̄(1 − p̄)/n), clipped to 0…1.
    private static func limits(centre: Double, n: Int) -> Interval {
        let halfWidth = 3 * (centre * (1 - centre) / Double(n)).squareRoot()
        return Interval(lower: max(centre - halfWidth, 0), upper: min(centre + halfWidth, 1))
    }
}
