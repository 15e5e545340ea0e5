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
        return writeNormal(value, to: out)
    }

    /// Writes a zero or normal value's text to `out` (at most 25 bytes); returns its length. The digits
    /// are written where they end up, two at a time from the last, one byte to the right of their place
    /// when a point or the first digit must then be put before them.
    @inline(__always)
    private static func writeNormal(_ value: Double, to out: UnsafeMutablePointer<UInt8>) -> Int {
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
        let count = digitCount(significand)
        // `description` writes d₁.d₂…dₙ × 10^(point − 1) in exponent form below 0.0001 and above 2^53.
        let point = count + exponent
        if point < -3 || value.magnitude > 0x1p53 {
            writeDigits(significand, count: count, to: end + 1)
            end.pointee = end[1]
            if count > 1 {
                end[1] = dot
                end += count + 1
            } else {
                end += 1
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
            for _ in 0..<(-point) {
                end.pointee = zero
                end += 1
            }
            writeDigits(significand, count: count, to: end)
            end += count
        } else if point >= count {
            writeDigits(significand, count: count, to: end)
            end += count
            for _ in 0..<(point - count) {
                end.pointee = zero
                end += 1
            }
            (end[0], end[1]) = (dot, zero)
            end += 2
        } else {
            // The digits one byte to the right, where those after the point belong; then the integer
            // digits one byte left. Up to eight of them are moved as one word made from the digits' first
            // word in a register: reading it back from memory would wait for the stores just made.
            let first = writeDigits(significand, count: count, to: end + 1)
            if point <= 8 {
                let integer = UInt64.max >> UInt64(64 - 8 * point)
                let moved = first & integer | first << 8 & ~integer  // bytes from `point` on rewritten below
                UnsafeMutableRawPointer(end).storeBytes(of: moved.littleEndian, as: UInt64.self)
            } else {
                for i in 0..<point { end[i] = end[i + 1] }
            }
            end[point] = dot
            end += count + 1
        }
        return end - out
    }

    /// The decimal digits of a number below 10^17: most shortest doubles have 16 or 17, the others few.
    @inline(__always)
    private static func digitCount(_ n: UInt64) -> Int {
        if n >= 10_000_000_000_000_000 { return 17 }
        if n >= 1_000_000_000_000_000 { return 16 }
        var count = 1
        var power: UInt64 = 10
        while n >= power {
            count += 1
            power &*= 10
        }
        return count
    }

    /// Writes the `count` digits of `n` (below 10^17) at `start`, eight at a time (`eightDigits`); may
    /// write up to 8 bytes past them, which the caller's room (`maximumLength`) holds and later bytes
    /// overwrite. Returns the first eight bytes written (the first digit in the lowest byte).
    @inline(__always)
    @discardableResult
    private static func writeDigits(_ n: UInt64, count: Int, to start: UnsafeMutablePointer<UInt8>) -> UInt64 {
        let raw = UnsafeMutableRawPointer(start)
        /// The last `m` (1…8) of the eight digits of `x` below 10^8, at `offset`.
        func store(_ x: UInt64, last m: Int, at offset: Int) -> UInt64 {
            let word = eightDigits(x) >> UInt64(64 - 8 * m)
            raw.storeBytes(of: word.littleEndian, toByteOffset: offset, as: UInt64.self)
            return word
        }
        guard count > 8 else { return store(n, last: count, at: 0) }
        let (high, low) = n.quotientAndRemainder(dividingBy: 100_000_000)
        let first: UInt64
        if count == 17 {
            let lead = UInt64(UInt8(ascii: "0")) &+ high / 100_000_000
            start.pointee = UInt8(truncatingIfNeeded: lead)
            first = lead | store(high % 100_000_000, last: 8, at: 1) << 8
        } else {
            first = store(high, last: count - 8, at: 0)
        }
        let last = store(low, last: 8, at: count - 8)
        return first | last << UInt64(8 * (count - 8))  // a shift by 64 (16 digits) gives 0
    }

    /// The eight decimal digits of `x` below 10^8 as ASCII, the first in the lowest byte: split in two
    /// halves below 10^4 (32-bit lanes), each in two below 100 (16-bit lanes), each in two digits (bytes),
    /// a lane's quotient taken by a multiply and shift that is exact in its range and cannot carry into
    /// the next lane.
    @inline(__always)
    static func eightDigits(_ x: UInt64) -> UInt64 {
        var v = x / 10_000 | (x % 10_000) << 32
        let hundreds = (v &* 10_486) >> 20 & 0x0000_007F_0000_007F  // a / 100 for a < 43,699
        v = hundreds | (v &- hundreds &* 100) << 16
        let tens = (v &* 103) >> 10 & 0x000F_000F_000F_000F  // b / 10 for b < 179
        v = tens | (v &- tens &* 10) << 8
        return v | 0x3030_3030_3030_3030
    }

    /// The shortest significand and exponent (`value` = significand × 10^exponent, the significand
    /// perhaps with trailing zeros) of a normal, nonzero value.
    @inline(__always)
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
            if upin != wpin { return (upin ? sp10 / 10 : tp10 / 10, k + 1) }  // its zero dropped
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
