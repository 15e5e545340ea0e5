/// A scale that maps a data value to a position along one axis, in SVG user units.
///
///     let y = LinearScale(domain: 1...5, range: 10...110, reversed: true)
///     y.position(5)  // 10 (top)
public protocol PositionScale: Sendable {
    /// The position of `value`.
    func position(_ value: Double) -> Double
}
