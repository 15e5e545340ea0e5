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
        // Nearly half of a chart's coordinates are whole numbers, whose text is that of the integer (an
        // integer below 10¹⁵ is exact, and its shortest digits are its own).
        if x.magnitude < 1e15, x == x.rounded() { return String(Int(x)) }
        if let hundredths = clearHundredths(x) { return coordinateText(hundredths: hundredths) }
        return DecimalDigits(x).text(fractionDigits: 2, negative: x < 0, minus: "-", plus: "", trimsZeros: true)
    }

    /// `x` in hundredths, rounded half away from zero, when x·100 is clearly off a tie; nil otherwise.
    ///
    /// Below 10⁴ the binary value, its shortest digits and the product x·100 are all within 10⁻⁹
    /// hundredths of one another, so away from a tie by more than 10⁻⁶ they round alike: the text is
    /// the one the shortest digits give, without making them. Values near a tie (2.675, 0.125) and large
    /// ones are left to `DecimalDigits`.
    private static func clearHundredths(_ x: Double) -> Int? {
        let scaled = x.magnitude * 100
        guard scaled < 1e6 else { return nil }
        let whole = scaled.rounded(.down)
        let fraction = scaled - whole
        guard (fraction - 0.5).magnitude > 1e-6 else { return nil }
        let hundredths = Int(whole) + (fraction > 0.5 ? 1 : 0)
        return x < 0 ? -hundredths : hundredths
    }

    /// A coordinate given in hundredths: ASCII minus (none for zero), the integer, and up to two decimals
    /// without trailing zeros.
    ///
    ///     coordinateText(hundredths: -1250)  // "-12.5"
    private static func coordinateText(hundredths: Int) -> String {
        // At most 8 bytes ("-9999.99": `clearHundredths` stops below 10⁴), so a small string, not allocated.
        precondition(hundredths.magnitude < 1_000_000, "a coordinate past 10⁴")
        return String(unsafeUninitializedCapacity: 8) { text in
            var end = 0
            func put(_ byte: UInt8) {
                text[end] = byte
                end += 1
            }
            func put(digit: UInt) { put(UInt8(digit) + UInt8(ascii: "0")) }
            if hundredths < 0 { put(UInt8(ascii: "-")) }
            let integerStart = end
            var integer = hundredths.magnitude / 100
            repeat {
                put(digit: integer % 10)
                integer /= 10
            } while integer > 0
            text[integerStart..<end].reverse()
            let cents = hundredths.magnitude % 100
            if cents > 0 {
                put(UInt8(ascii: "."))
                put(digit: cents / 10)
                if cents % 10 > 0 { put(digit: cents % 10) }
            }
            return end
        }
    }

    private static func format(_ x: Double, digits: Int, shift: Int, minus: String, plus: String) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x < 0 ? "-inf" : "inf") }
        var decimal = DecimalDigits(x)
        decimal.point += shift
        return decimal.text(fractionDigits: max(0, digits), negative: x < 0, minus: minus, plus: plus)
    }
}

/// The shortest decimal digits of a `Double`'s magnitude: value = 0.d₀d₁… × 10^point, read as
/// `digits[..<point]` "." `digits[point...]`, every digit past the stored ones 0.
///
/// Every SVG coordinate of every page goes through here, so it allocates nothing but the text: one pass
/// over the bytes of the `description` ("3.456", "1e-05", "1.2345e+20"), digits as 0…9 in a fixed
/// array, rounded in place, the text written once at its final length.
private struct DecimalDigits {
    /// Room for the longest `description`: 17 significant digits after "0.000".
    private var digits = InlineArray<24, UInt8>(repeating: 0)
    /// How many of `digits` are stored.
    private var count = 0
    var point = 0

    init(_ x: Double) {
        var whole = 0
        var inFraction = false
        var inExponent = false
        var exponent = 0
        var exponentSign = 1
        var description = x.magnitude.description
        description.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if inExponent {
                        exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
                    } else {
                        digits[count] = byte - UInt8(ascii: "0")
                        count += 1
                        if !inFraction { whole += 1 }
                    }
                case UInt8(ascii: "."): inFraction = true
                case UInt8(ascii: "e"): inExponent = true
                case UInt8(ascii: "-"): exponentSign = -1
                default: break  // the "+" of a positive exponent
                }
            }
        }
        point = whole + exponentSign * exponent
    }

    /// The digit at `position` (0 is the first stored digit); 0 outside the stored ones.
    private func digit(_ position: Int) -> UInt8 { position >= 0 && position < count ? digits[position] : 0 }

    /// Rounds half away from zero to `fractionDigits`, dropping the digits after them.
    private mutating func round(fractionDigits: Int) {
        let keep = point + fractionDigits
        guard keep < count else { return }
        guard keep >= 0 else {
            count = 0
            return
        }
        let roundsUp = digits[keep] >= 5
        count = keep
        guard roundsUp else { return }
        var index = keep - 1
        while index >= 0, digits[index] == 9 {
            digits[index] = 0
            index -= 1
        }
        if index >= 0 {
            digits[index] += 1
        } else {
            // Every kept digit was a 9 (or none was kept): a 1 one place higher, then zeros.
            digits[0] = 1
            count = 1
            point += 1
        }
    }

    /// The text rounded half away from zero to `fractionDigits`: `minus` or `plus` (none when it rounds to
    /// zero), the integer digits (at least one, no leading zeros), then "." and exactly `fractionDigits`
    /// digits when there are any. With `trimsZeros`, trailing zeros of the fraction are left out, and
    /// the "." with them when no fraction digit is left.
    func text(fractionDigits: Int, negative: Bool, minus: String, plus: String, trimsZeros: Bool = false) -> String {
        var rounded = self
        rounded.round(fractionDigits: fractionDigits)
        return rounded.written(fractionDigits: fractionDigits, sign: negative ? minus : plus, trimsZeros: trimsZeros)
    }

    /// The text of digits already rounded to `fractionDigits` (see `text`); `sign` is left out at zero.
    private func written(fractionDigits: Int, sign: String, trimsZeros: Bool) -> String {
        var integerStart = min(0, point - 1)
        while integerStart < point - 1, digit(integerStart) == 0 { integerStart += 1 }
        var fraction = fractionDigits
        if trimsZeros {
            while fraction > 0, digit(point + fraction - 1) == 0 { fraction -= 1 }
        }
        let isZero = !(0..<count).contains { digits[$0] != 0 }
        let sign = isZero ? "" : sign
        let length = sign.utf8.count + (point - integerStart) + (fraction > 0 ? 1 + fraction : 0)
        return String(unsafeUninitializedCapacity: length) { text in
            var end = 0
            for byte in sign.utf8 {
                text[end] = byte
                end += 1
            }
            for position in integerStart..<point {
                text[end] = digit(position) + UInt8(ascii: "0")
                end += 1
            }
            if fraction > 0 {
                text[end] = UInt8(ascii: ".")
                end += 1
                for position in point..<(point + fraction) {
                    text[end] = digit(position) + UInt8(ascii: "0")
                    end += 1
                }
            }
            return end
        }
    }
}
