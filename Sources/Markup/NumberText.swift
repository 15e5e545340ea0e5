/// Locale-free number text for pages, tables and SVG coordinates.
///
/// Rounding is **half away from zero on the shortest decimal representation** of the `Double` (the digits
/// `print` shows), so what a reader would round by hand is what they get: 2.675 → "2.68" and 0.125 → "0.13"
/// at two digits, −2.5 → "−3" at none, even though the binary value of 2.675 is slightly below it.
/// A value that rounds to zero never shows a minus sign (−0.001 → "0.00"). Non-finite values print as
/// "NaN", "inf" or "-inf" so a bug is visible rather than hidden.
///
///     NumberText.fixed(3.456, digits: 2)   // "3.46"
///     NumberText.percent(0.734)            // "73%"
///     NumberText.signed(-0.123, digits: 2) // "−0.12"  (U+2212 minus)
///     NumberText.coordinate(12.5)          // "12.5"
public enum NumberText {
    /// The real minus sign for display text.
    static let minus = "\u{2212}"

    /// `x` with exactly `digits` fraction digits and an ASCII hyphen-minus for negatives, so the text is
    /// also machine-readable (CSV, data attributes).
    ///
    ///     NumberText.fixed(-1.2, digits: 2)  // "-1.20"
    public static func fixed(_ x: Double, digits: Int) -> String {
        format(x, digits: digits, shift: 0, minus: "-", plus: "")
    }

    /// A share in 0…1 as a percentage with `digits` fraction digits, for display (U+2212 for negatives).
    /// The ×100 is a decimal shift, not a multiplication, so 0.735 → "74%" exactly as written.
    ///
    ///     NumberText.percent(0.5)               // "50%"
    ///     NumberText.percent(0.1234, digits: 1) // "12.3%"
    public static func percent(_ share: Double, digits: Int = 0) -> String {
        format(share, digits: digits, shift: 2, minus: minus, plus: "") + "%"
    }

    /// A change, always signed for display: "+" for positive, U+2212 for negative, no sign when it rounds
    /// to zero.
    ///
    ///     NumberText.signed(0.4, digits: 2)     // "+0.40"
    ///     NumberText.signed(-0.001, digits: 2)  // "0.00"
    public static func signed(_ x: Double, digits: Int) -> String {
        format(x, digits: digits, shift: 0, minus: minus, plus: "+")
    }

    /// An SVG coordinate or length: at most 2 decimals, no trailing zeros, ASCII minus. A non-finite value
    /// becomes "0" so the SVG stays valid.
    ///
    ///     NumberText.coordinate(3.14159)  // "3.14"
    ///     NumberText.coordinate(-0.001)   // "0"
    public static func coordinate(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        var text = fixed(x, digits: 2)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    private static func format(_ x: Double, digits: Int, shift: Int, minus: String, plus: String) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x < 0 ? "-inf" : "inf") }
        var decimal = DecimalDigits(x)
        decimal.point += shift
        let (integer, fraction, isZero) = decimal.rounded(fractionDigits: max(0, digits))
        let sign = isZero ? "" : (x < 0 ? minus : plus)
        return sign + integer + (fraction.isEmpty ? "" : "." + fraction)
    }
}

/// The shortest decimal digits of a `Double`'s magnitude: value = 0.d₁d₂… × 10^point, read as
/// `digits[..<point]` "." `digits[point...]`.
private struct DecimalDigits {
    var digits: [UInt8]
    var point: Int

    init(_ x: Double) {
        let text = x.magnitude.description  // e.g. "3.456", "1e-05", "1.2345e+20"
        let parts = text.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1])! : 0
        let mantissa = parts[0].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = mantissa[0].utf8.map { $0 - UInt8(ascii: "0") }
        let fraction = mantissa.count == 2 ? mantissa[1].utf8.map { $0 - UInt8(ascii: "0") } : []
        digits = whole + fraction
        point = whole.count + exponent
    }

    /// Integer and fraction digit strings rounded half away from zero, and whether the result is zero.
    func rounded(fractionDigits: Int) -> (integer: String, fraction: String, isZero: Bool) {
        let keep = point + fractionDigits
        var kept: [UInt8]
        var newPoint = point
        if keep < 0 {
            kept = []
        } else {
            kept = Array(digits.prefix(keep))
            kept += Array(repeating: 0, count: keep - kept.count)
            if keep < digits.count, digits[keep] >= 5 {
                var index = kept.count - 1
                while index >= 0, kept[index] == 9 {
                    kept[index] = 0
                    index -= 1
                }
                if index >= 0 {
                    kept[index] += 1
                } else {
                    kept.insert(1, at: 0)
                    newPoint += 1
                }
            }
        }
        // Make the digits cover the integer part (at least one digit) and exactly the fraction part.
        if newPoint < 1 {
            kept = Array(repeating: 0, count: 1 - newPoint) + kept
            newPoint = 1
        }
        kept += Array(repeating: 0, count: max(0, newPoint + fractionDigits - kept.count))
        var integer = kept[..<newPoint].drop(while: { $0 == 0 }).map { Character(Unicode.Scalar($0 + 48)) }
        if integer.isEmpty { integer = ["0"] }
        let fraction = kept[newPoint..<(newPoint + fractionDigits)].map { Character(Unicode.Scalar($0 + 48)) }
        let isZero = !kept.contains { $0 != 0 }
        return (String(integer), String(fraction), isZero)
    }
}
