import Testing

@testable import CSV

@Suite("Shortest round-trip doubles")
struct ShortestDoubleTests {
    func text(_ value: Double) -> String {
        var bytes: [UInt8] = []
        ShortestDouble.append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Values whose digits or layout are edge cases: exact powers, the layout's switch points, the
    /// largest and smallest doubles, integers about 2^53, a figure's usual digits.
    @Test func edgeCasesAreWrittenAsDescriptionWritesThem() {
        var values: [Double] = [
            0, -0.0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100, 56.2486407893674, 3.4754045765652863,
            0.0001, 0.00012, 9.999999999999999e-05, 1e-05, 1e15, 1e16, 0x1p53, 0x1p53 + 2, 0x1p53 - 1, 0x1p54,
            9_999_999_999_999_998, 123_456_789_012_345_680, .greatestFiniteMagnitude, .leastNormalMagnitude,
            .leastNonzeroMagnitude, .leastNormalMagnitude.nextDown, 1.7976931348623157e308,
            2.2250738585072014e-308, 4.35, 0.3, 29.999999999999996, 1e22, 1e23, .infinity, -.infinity,
        ]
        for exponent in -1074...1023 { values.append(pow2(exponent)) }
        // Every place of the point inside the digits, for every count of digits (the integer digits are
        // moved as a word up to eight of them).
        let digits = Array("98765432198765432")
        for count in 2...17 {
            for point in 1..<count {
                values.append(Double(String(digits[..<point]) + "." + String(digits[point..<count]))!)
            }
        }
        var power = 1.0
        for _ in 0..<309 {
            values += [power, 1 / power, power.nextUp, power.nextDown]
            power *= 10
        }
        for value in values {
            #expect(text(value) == value.description, "\(value)")
            #expect(text(-value) == (-value).description, "\(-value)")
        }
        #expect(text(.nan) == Double.nan.description)
    }

    /// Random bit patterns (every exponent alike), and the quotients and roots a figure is made of.
    @Test func randomDoublesAreWrittenAsDescriptionWritesThem() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var mismatches: [Double] = []
        for _ in 0..<200_000 {
            let bits = Double(bitPattern: next())
            let n = Double(next() % 100_000 + 1)
            let quotient = Double(next() % 500_000) / n
            for value in [bits, quotient, quotient.squareRoot(), 100 * Double(next() % 1000) / n]
            where value.isFinite && text(value) != value.description {
                mismatches.append(value)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    /// The eight digits of a number below 10^8, against the standard library's, on the numbers with 1…8
    /// digits around every power of ten and on a stride through all of them.
    @Test func eightDigitsAreTheNumbersDigits() {
        var numbers = Array(0..<10_000) + Array(stride(from: 0, to: 100_000_000, by: 9_973)) + [99_999_999]
        var power = 10
        while power <= 100_000_000 {
            numbers += max(0, power - 1_000)..<min(power + 1_000, 100_000_000)
            power *= 10
        }
        for x in numbers {
            let word = ShortestDouble.eightDigits(UInt64(x)).littleEndian
            let text = withUnsafeBytes(of: word) { String(decoding: $0, as: UTF8.self) }
            let expected = String(repeating: "0", count: 8 - String(x).count) + String(x)
            if text != expected {
                Issue.record("\(x): \(text)")
                return
            }
        }
    }

    /// Every power of ten is 126 bits, and its floor functions agree with exact reasoning at the ends.
    @Test func powersOfTenAre126Bits() {
        #expect(ShortestDouble.powers.count == ShortestDouble.maximumK - ShortestDouble.minimumK + 1)
        #expect(ShortestDouble.powers.allSatisfy { $0 >> 125 == 1 })
        let power = { (k: Int) in ShortestDouble.powers[k - ShortestDouble.minimumK] }
        #expect(power(0) == UInt128(1) << 125 + 1)
        #expect(power(-1) == UInt128(5) << 123 + 1)  // 10 = 1.25 · 2³: 1.25 · 2¹²⁵
        // 10^-1 · 2¹²⁹ = 2¹²⁸ / 5, and 2¹²⁸ = 5 · ((2¹²⁸ − 1) / 5) + 1.
        #expect(power(1) == UInt128.max / 5 + 1)
        #expect(ShortestDouble.floorLog10Pow2(-1074) == -324 && ShortestDouble.floorLog10Pow2(971) == 292)
        #expect(ShortestDouble.floorLog10Pow2(10) == 3 && ShortestDouble.floorLog10Pow2(-10) == -4)
        #expect(ShortestDouble.floorLog2Pow10(3) == 9 && ShortestDouble.floorLog2Pow10(-3) == -10)
    }

    private func pow2(_ exponent: Int) -> Double {
        Double(sign: .plus, exponent: exponent, significand: 1)
    }
}
