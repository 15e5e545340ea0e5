/// A scale for rows or columns of categories: `count` equal bands across a range, with padding.
///
///     let rows = BandScale(count: 3, range: 0...90, padding: 0.2)
///     rows.step        // 29.03
///     rows.bandwidth   // 23.23
///     rows.start(of: 0) // 5.81
public struct BandScale: Hashable, Sendable {
    public let count: Int
    public let range: ClosedRange<Double>
    /// The gap between bands, and half of it at each end, as a fraction of the step (0…1).
    public let padding: Double

    public init(count: Int, range: ClosedRange<Double>, padding: Double = 0.1) {
        self.count = count
        self.range = range
        self.padding = min(0.99, max(0, padding))
    }

    /// Distance from one band's start to the next.
    public var step: Double { (range.upperBound - range.lowerBound) / (Double(max(1, count)) + padding) }

    /// The width of one band.
    public var bandwidth: Double { step * (1 - padding) }

    /// Where band `index` starts.
    public func start(of index: Int) -> Double { range.lowerBound + step * (padding + Double(index)) }

    /// The middle of band `index`.
    public func center(of index: Int) -> Double { start(of: index) + bandwidth / 2 }
}
