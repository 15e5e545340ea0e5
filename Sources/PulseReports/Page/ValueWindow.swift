/// The value range a small chart shows: the data's range widened to at least `minimumSpan` (centred on the
/// data) and kept within the scale, so month-to-month moves of a tenth of a point stay visible without
/// leaving the answer scale. A layout choice, not a statistic.
///
///     ValueWindow.around([3.4, 3.6], within: 1...5, minimumSpan: 1)   // 3...4
///     ValueWindow.around([], within: 1...5, minimumSpan: 1)           // 1...5
public enum ValueWindow {
    public static func around(
        _ values: [Double], within scale: ClosedRange<Double>, minimumSpan: Double
    ) -> ClosedRange<Double> {
        guard let low = values.min(), let high = values.max() else { return scale }
        let span = min(scale.upperBound - scale.lowerBound, max(minimumSpan, high - low))
        var lower = (low + high) / 2 - span / 2
        lower = min(max(lower, scale.lowerBound), scale.upperBound - span)
        return lower...(lower + span)
    }
}
