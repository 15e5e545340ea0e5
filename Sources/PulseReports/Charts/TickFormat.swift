import Markup

/// How axis tick values are written.
///
///     TickFormat.percent(digits: 0).text(0.25, automaticDigits: 2)           // "25%"
///     TickFormat.percentMagnitude(digits: 0).text(-0.25, automaticDigits: 2) // "25%"
public enum TickFormat: Hashable, Sendable {
    /// Decimals, with as many digits as the tick step needs.
    case automatic
    /// Decimals with a fixed number of digits.
    case decimal(digits: Int)
    /// Shares in 0…1 as percentages.
    case percent(digits: Int)
    /// Shares as percentages without sign, for diverging axes where both sides are shares.
    case percentMagnitude(digits: Int)

    /// The label for `value`; `automaticDigits` is what the scale's tick step needs.
    public func text(_ value: Double, automaticDigits: Int) -> String {
        switch self {
        case .automatic: Self.decimal(value, digits: automaticDigits)
        case .decimal(let digits): Self.decimal(value, digits: digits)
        case .percent(let digits): NumberText.percent(value, digits: digits)
        case .percentMagnitude(let digits): NumberText.percent(value.magnitude, digits: digits)
        }
    }

    /// Fixed decimals with the display minus sign (U+2212).
    private static func decimal(_ value: Double, digits: Int) -> String {
        let text = NumberText.fixed(value, digits: digits)
        return text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text
    }
}
