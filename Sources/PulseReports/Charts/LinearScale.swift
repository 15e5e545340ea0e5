import Foundation

/// A continuous scale from a numeric domain to a range of positions, with round ("nice") ticks.
///
///     let y = LinearScale(domain: 0...0.83, range: 0...200, reversed: true).nice()
///     y.domain           // 0...0.9
///     y.ticks()          // [0, 0.2, 0.4, 0.6, 0.8]
///     y.position(0.4)    // 111.11
public struct LinearScale: PositionScale, Hashable {
    public let domain: ClosedRange<Double>
    public let range: ClosedRange<Double>
    /// Whether the domain's lower bound maps to the range's upper bound (a y axis that grows upwards).
    public let reversed: Bool

    public init(domain: ClosedRange<Double>, range: ClosedRange<Double>, reversed: Bool = false) {
        self.domain = domain
        self.range = range
        self.reversed = reversed
    }

    /// The position of `value`; values outside the domain extrapolate. An empty domain maps everything
    /// to the middle of the range.
    public func position(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        let t = span == 0 ? 0.5 : (value - domain.lowerBound) / span
        let (from, to) = reversed ? (range.upperBound, range.lowerBound) : (range.lowerBound, range.upperBound)
        return from + t * (to - from)
    }

    /// Tick values: multiples of 1, 2 or 5 × 10ᵏ inside the domain, about `count` of them.
    ///
    /// - Complexity: O(number of ticks).
    public func ticks(count: Int = 5) -> [Double] {
        let (lower, upper) = (domain.lowerBound, domain.upperBound)
        guard lower < upper, lower.isFinite, upper.isFinite else { return lower.isFinite ? [lower] : [] }
        let step = Self.tickStep(span: upper - lower, count: count)
        // Whole steps for step ≥ 1; for smaller steps divide by the inverse so 0.1 × 3 prints as 0.3.
        if step >= 1 {
            return stride(from: (lower / step).rounded(.up), through: (upper / step).rounded(.down), by: 1)
                .map { $0 * step }
        }
        let inverse = (1 / step).rounded()
        return stride(from: (lower * inverse).rounded(.up), through: (upper * inverse).rounded(.down), by: 1)
            .map { $0 / inverse }
    }

    /// The number of fraction digits that tick labels need.
    public func tickDigits(count: Int = 5) -> Int {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0, span.isFinite else { return 0 }
        return max(0, -Int(log10(Self.tickStep(span: span, count: count)).rounded(.down)))
    }

    /// The scale with its domain widened to whole tick steps, so the axis starts and ends on a tick.
    public func nice(count: Int = 5) -> LinearScale {
        var (lower, upper) = (domain.lowerBound, domain.upperBound)
        guard lower < upper, lower.isFinite, upper.isFinite else { return self }
        for _ in 0..<2 {  // a widened domain can call for a larger step once
            let step = Self.tickStep(span: upper - lower, count: count)
            (lower, upper) = ((lower / step).rounded(.down) * step, (upper / step).rounded(.up) * step)
        }
        return LinearScale(domain: lower...upper, range: range, reversed: reversed)
    }

    /// 1, 2 or 5 × 10ᵏ, whichever makes `span / step` closest to `count` (the rule of d3's `tickStep`).
    static func tickStep(span: Double, count: Int) -> Double {
        let raw = span / Double(max(1, count))
        let base = pow(10, log10(raw).rounded(.down))
        let error = raw / base
        let factor: Double =
            error >= 50.squareRoot() ? 10 : error >= 10.squareRoot() ? 5 : error >= 2.squareRoot() ? 2 : 1
        return factor * base
    }
}
