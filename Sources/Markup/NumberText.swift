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
        var text = DecimalDigits(x).text(fractionDigits: 2, negative: x < 0, minus: "-", plus: "")
        while text.last == UInt8(ascii: "0") { text.removeLast() }
        if text.last == UInt8(ascii: ".") { text.removeLast() }
        return String(decoding: text, as: UTF8.self)
    }

    private static func format(_ x: Double, digits: Int, shift: Int, minus: String, plus: String) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x < 0 ? "-inf" : "inf") }
        var decimal = DecimalDigits(x)
        decimal.point += shift
        let text = decimal.text(fractionDigits: max(0, digits), negative: x < 0, minus: minus, plus: plus)
        return String(decoding: text, as: UTF8.self)
    }
}

/// The shortest decimal digits of a `Double`'s magnitude: value = 0.d₁d₂… × 10^point, read as
/// `digits[..<point]` "." `digits[point...]`.
///
/// Every SVG coordinate of every page goes through here, so it works on bytes: one pass over the
/// `description` ("3.456", "1e-05", "1.2345e+20"), digits as 0…9, the text built as UTF-8.
private struct DecimalDigits {
    var digits: [UInt8]
    var point: Int

    init(_ x: Double) {
        var digits: [UInt8] = []
        digits.reserveCapacity(24)
        var whole = 0
        var inFraction = false
        var inExponent = false
        var exponent = 0
        var exponentSign = 1
        for byte in x.magnitude.description.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent {
                    exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
                } else {
                    digits.append(byte - UInt8(ascii: "0"))
                    if !inFraction { whole += 1 }
                }
            case UInt8(ascii: "."): inFraction = true
            case UInt8(ascii: "e"): inExponent = true
            case UInt8(ascii: "-"): exponentSign = -1
            default: break  // the "+" of a positive exponent
            }
        }
        self.digits = digits
        point = whole + exponentSign * exponent
    }

    /// The text rounded half away from zero to `fractionDigits`, as UTF-8: `minus` or `plus` (none when
    /// it rounds to zero), the integer digits (at least one, no leading zeros), then "." and exactly
    /// `fractionDigits` digits when there are any.
    func text(fractionDigits: Int, negative: Bool, minus: String, plus: String) -> [UInt8] {
        let keep = point + fractionDigits
        var kept: [UInt8]
        var newPoint = point
        if keep < 0 {
            kept = []
        } else {
            kept = Array(digits.prefix(keep))
            kept += repeatElement(0, count: keep - kept.count)
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
            kept.insert(contentsOf: repeatElement(0, count: 1 - newPoint), at: 0)
            newPoint = 1
        }
        kept += repeatElement(0, count: max(0, newPoint + fractionDigits - kept.count))
        var integerStart = 0
        while integerStart < newPoint - 1, kept[integerStart] == 0 { integerStart += 1 }
        let isZero = !kept.contains { $0 != 0 }
        var text: [UInt8] = []
        text.reserveCapacity(newPoint + fractionDigits + 4)
        text += (isZero ? "" : (negative ? minus : plus)).utf8
        for digit in kept[integerStart..<newPoint] { text.append(digit + UInt8(ascii: "0")) }
        if fractionDigits > 0 {
            text.append(UInt8(ascii: "."))
            for digit in kept[newPoint..<(newPoint + fractionDigits)] { text.append(digit + UInt8(ascii: "0")) }
        }
        return text
    }
}
