/// `Double.description` written straight into bytes, in about half the instructions: the shortest decimal that
/// reads back as the same double (of those, the closest; a tie goes to the even one), laid out as
/// `description` lays it out (`3.75`, `100.0`, `0.0001`, `1e-05`, `1.5e+16`).
///
/// The digits come from Giulietti's Schubfach method ("The Schubfach way to render doubles", 2020):
/// the value's rounding interval is scaled by a 126-bit power of ten with one 64 × 128-bit product per
/// bound, and the candidates with one digit less and with all digits are tested against it. The
/// powers of ten are computed once, exactly, with a small multi-word integer. Zero is `0.0`; a
/// subnormal or non-finite value (never a figure of ours) is written by `description` itself.
///
///     var bytes: [UInt8] = []
///     ShortestDouble.append(0.1 + 0.2, to: &bytes)   // "0.30000000000000004"
public enum ShortestDouble {
    /// The most bytes `write(_:to:)` writes.
    public static let maximumLength = 32

    /// Appends the bytes of `value.description`.
    public static func append(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite else {
            bytes += value.description.utf8
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength) { buffer in
            let count = write(value, to: buffer.baseAddress!)
            bytes.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress, count: count))
        }
    }

    /// Writes the bytes of a finite value's `description` to `out`, which has room for `maximumLength`;
    /// returns how many.
    public static func write(_ value: Double, to out: UnsafeMutablePointer<UInt8>) -> Int {
        precondition(value.isFinite, "a finite value")
        guard value.exponentBitPattern != 0 || value == 0 else {  // subnormal
            var count = 0
            for byte in value.description.utf8 {
                out[count] = byte
                count += 1
            }
            return count
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        return withUnsafeMutableBytes(of: &digits) { digits in
            write(value, to: out, digits: digits.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Writes a zero or normal value's text to `out` (at most 25 bytes), using `digits` (20 bytes) for its
    /// digits; returns its length.
    private static func write(
        _ value: Double, to out: UnsafeMutablePointer<UInt8>, digits: UnsafeMutablePointer<UInt8>
    ) -> Int {
        let zero = UInt8(ascii: "0"), dot = UInt8(ascii: ".")
        var end = out
        if value.sign == .minus {
            end.pointee = UInt8(ascii: "-")
            end += 1
        }
        guard value != 0 else {
            (end[0], end[1], end[2]) = (zero, dot, zero)
            return end + 3 - out
        }
        var (significand, exponent) = decimal(value)  // value = significand × 10^exponent
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        // The digits, most significant first, at the end of `digits`: two at a time from `pairs`.
        var first = digits + 20
        let pairs = Self.pairs.utf8Start
        while significand >= 10 {
            let pair = Int(significand % 100)
            significand /= 100
            first -= 2
            (first[0], first[1]) = (pairs[2 * pair], pairs[2 * pair + 1])
        }
        if significand > 0 {  // else the last pair came from 10...99: no leading zero
            first -= 1
            first.pointee = zero &+ UInt8(truncatingIfNeeded: significand)
        }
        let count = digits + 20 - first
        /// Copies `n` digits from `from` and moves `end` past them.
        func copy(_ from: UnsafeMutablePointer<UInt8>, _ n: Int) {
            end.update(from: from, count: n)
            end += n
        }
        // `description` writes d₁.d₂…dₙ × 10^(point − 1) in exponent form below 0.0001 and above 2^53.
        let point = count + exponent
        if point < -3 || value.magnitude > 0x1p53 {
            end.pointee = first.pointee
            end += 1
            if count > 1 {
                end.pointee = dot
                end += 1
                copy(first + 1, count - 1)
            }
            let power = point - 1
            (end[0], end[1]) = (UInt8(ascii: "e"), power < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            end += 2
            let magnitude = abs(power)
            if magnitude >= 100 {
                end.pointee = zero &+ UInt8(magnitude / 100)
                end += 1
            }
            (end[0], end[1]) = (zero &+ UInt8(magnitude / 10 % 10), zero &+ UInt8(magnitude % 10))
            end += 2
        } else if point <= 0 {
            (end[0], end[1]) = (zero, dot)
            end += 2
            end.update(repeating: zero, count: -point)
            end += -point
            copy(first, count)
        } else if point >= count {
            copy(first, count)
            end.update(repeating: zero, count: point - count)
            end += point - count
            (end[0], end[1]) = (dot, zero)
            end += 2
        } else {
            copy(first, point)
            end.pointee = dot
            end += 1
            copy(first + point, count - point)
        }
        return end - out
    }

    /// The shortest significand and exponent (`value` = significand × 10^exponent, the significand
    /// perhaps with trailing zeros) of a normal, nonzero value.
    static func decimal(_ value: Double) -> (significand: UInt64, exponent: Int) {
        let fraction = value.significandBitPattern
        let biased = Int(value.exponentBitPattern)
        let c = (1 << 52) | fraction
        let q = biased - 1075  // value = c × 2^q
        // An integer below 2^53 is its own shortest digits.
        if q < 0 && q > -53 && c & ((1 << UInt64(-q)) - 1) == 0 { return (c >> UInt64(-q), 0) }
        let out = c & 1  // an even significand's interval includes its bounds
        let cb = c << 2
        let cbr = cb + 2
        let cbl: UInt64
        let k: Int
        if fraction != 0 || biased == 1 {
            (cbl, k) = (cb - 2, floorLog10Pow2(q))
        } else {  // a power of two: the gap below is half the gap above
            (cbl, k) = (cb - 1, floorLog10ThreeQuartersPow2(q))
        }
        let h = q + floorLog2Pow10(-k) + 2
        let g = powers[k - minimumK]
        // 4 × value × 10^-k and its interval's bounds, rounded to odd.
        let vb = roundToOdd(g, cb << UInt64(h))
        let vbl = roundToOdd(g, cbl << UInt64(h))
        let vbr = roundToOdd(g, cbr << UInt64(h))
        let s = vb >> 2
        if s >= 100 {  // one digit less, if exactly one of its neighbours is in the interval
            let sp10 = 10 * (s / 10)
            let tp10 = sp10 + 10
            let upin = vbl + out <= sp10 << 2
            let wpin = (tp10 << 2) + out <= vbr
            if upin != wpin { return (upin ? sp10 : tp10, k) }
        }
        let t = s + 1
        let uin = vbl + out <= s << 2
        let win = (t << 2) + out <= vbr
        if uin != win { return (uin ? s : t, k) }
        let cmp = Int64(bitPattern: vb &- ((s + t) << 1))  // the closer of s and t, a tie to the even
        return (cmp < 0 || (cmp == 0 && s & 1 == 0) ? s : t, k)
    }

    /// ⌊g × cp / 2¹²⁷⌋ rounded to odd, as Schubfach defines it: with g = g₁·2⁶³ + g₀, the product's
    /// bits below 2⁶⁴ are dropped (so that g's excess over 10^-k never makes an exact quotient look
    /// inexact), and the lowest bit is set when any of the bits from 2⁶⁴ to 2¹²⁷ is.
    @inline(__always)
    private static func roundToOdd(_ g: UInt128, _ cp: UInt64) -> UInt64 {
        let g1 = UInt64(truncatingIfNeeded: g >> 63), g0 = UInt64(truncatingIfNeeded: g) & (1 << 63 - 1)
        let x1 = g0.multipliedFullWidth(by: cp).high
        let (y1, y0) = g1.multipliedFullWidth(by: cp)
        let z = (y0 >> 1) &+ x1
        let quotient = y1 &+ (z >> 63)
        return quotient | ((z & (1 << 63 - 1)) &+ (1 << 63 - 1)) >> 63
    }

    /// "00" to "99", for writing digits two at a time.
    private static let pairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// ⌊q · log₁₀ 2⌋, ⌊log₁₀(¾ · 2^q)⌋ and ⌊e · log₂ 10⌋ by fixed-point products, exact in the ranges used.
    static func floorLog10Pow2(_ q: Int) -> Int { (q * 661_971_961_083) >> 41 }
    static func floorLog10ThreeQuartersPow2(_ q: Int) -> Int { (q * 661_971_961_083 - 274_743_187_321) >> 41 }
    static func floorLog2Pow10(_ e: Int) -> Int { (e * 913_124_641_741) >> 38 }

    /// The range of k over the normal doubles.
    static let minimumK = -324
    static let maximumK = 292

    /// Per k from `minimumK`: 10^-k in 126 bits, rounded up: ⌊10^-k · 2^-r⌋ + 1 for
    /// r = ⌊-k · log₂ 10⌋ − 125, so that 2¹²⁵ ≤ g < 2¹²⁶. Computed exactly, each from the one before:
    /// 10^n for k = −n ≤ 0, and ⌊2^1100 / 10^k⌋ for k > 0 (⌊⌊x / a⌋ / b⌋ = ⌊x / ab⌋, so the quotient
    /// by 2^(1100 + r) is the power's).
    static let powers: [UInt128] = {
        var powers = [UInt128](repeating: 0, count: maximumK - minimumK + 1)
        var ten = WideUnsigned(1)
        for n in 0...(-minimumK) {
            let r = floorLog2Pow10(n) - 125
            powers[-n - minimumK] = (r >= 0 ? ten.shiftedRight(by: r) : ten.low128 << UInt128(-r)) + 1
            ten.multiply(by: 10)
        }
        let scale = 1100
        var quotient = WideUnsigned(power: scale)
        for k in 1...maximumK {
            quotient.divide(by: 10)
            let r = floorLog2Pow10(-k) - 125
            powers[k - minimumK] = quotient.shiftedRight(by: scale + r) + 1
        }
        return powers
    }()
}

/// An unsigned integer of any width, little-endian 32-bit words: enough arithmetic for
/// `ShortestDouble`'s powers of ten.
struct WideUnsigned {
    private(set) var words: [UInt32]

    init(_ value: UInt32) { words = [value] }

    /// 2^exponent.
    init(power exponent: Int) {
        words = Array(repeating: 0, count: exponent / 32 + 1)
        words[exponent / 32] = 1 << UInt32(exponent % 32)
    }

    mutating func multiply(by factor: UInt32) {
        var carry: UInt64 = 0
        for i in words.indices {
            let product = UInt64(words[i]) * UInt64(factor) + carry
            words[i] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry != 0 { words.append(UInt32(carry)) }
    }

    /// Divides, dropping the remainder.
    mutating func divide(by divisor: UInt32) {
        var remainder: UInt64 = 0
        for i in words.indices.reversed() {
            let current = remainder << 32 | UInt64(words[i])
            words[i] = UInt32(current / UInt64(divisor))
            remainder = current % UInt64(divisor)
        }
        while words.count > 1 && words.last == 0 { words.removeLast() }
    }

    /// The lowest 128 bits.
    var low128: UInt128 {
        words.prefix(4).enumerated().reduce(0) { $0 | UInt128($1.element) << UInt128(32 * $1.offset) }
    }

    /// The lowest 128 bits of ⌊self / 2^bits⌋.
    func shiftedRight(by bits: Int) -> UInt128 {
        let (skip, shift) = bits.quotientAndRemainder(dividingBy: 32)
        var result: UInt128 = 0
        for (offset, index) in (skip..<min(words.count, skip + 5)).enumerated() {
            let word = UInt128(words[index]), at = 32 * offset - shift  // its lowest bit's place
            result |= at >= 0 ? word << UInt128(at) : word >> UInt128(-at)
        }
        return result
    }
}
