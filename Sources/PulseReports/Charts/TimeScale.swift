/// A scale over program months: each month is an equal column and a month's value sits in its middle.
/// Fractional values are allowed, so `month - 0.5` is where the month's column starts.
///
///     let x = TimeScale(months: 1...12, range: 40...640)
///     x.position(1)        // 65 (middle of month 1)
///     x.start(of: 5)       // 240
///     x.ticks(maxCount: 6) // [1, 3, 5, 7, 9, 11]
public struct TimeScale: PositionScale, Hashable {
    public let months: ClosedRange<Int>
    public let range: ClosedRange<Double>

    public init(months: ClosedRange<Int>, range: ClosedRange<Double>) {
        self.months = months
        self.range = range
    }

    /// Width of one month's column.
    public var step: Double { (range.upperBound - range.lowerBound) / Double(months.count) }

    /// The middle of month `month` (or any fractional month).
    public func position(_ month: Double) -> Double {
        range.lowerBound + (month - Double(months.lowerBound) + 0.5) * step
    }

    /// Where month `month`'s column starts.
    public func start(of month: Int) -> Double { position(Double(month) - 0.5) }

    /// Where month `month`'s column ends.
    public func end(of month: Int) -> Double { position(Double(month) + 0.5) }

    /// Months to label: every k-th month from the first, with k the smallest that gives at most
    /// `maxCount` ticks.
    public func ticks(maxCount: Int) -> [Int] {
        let every = max(1, (months.count + max(1, maxCount) - 1) / max(1, maxCount))
        return Array(stride(from: months.lowerBound, through: months.upperBound, by: every))
    }
}
