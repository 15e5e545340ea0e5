import Testing

@testable import Markup

@Suite("Markup NumberText")
struct NumberTextTests {
    @Test(
        "fixed rounds half away from zero on the shortest decimal",
        arguments: [
            (3.456, 2, "3.46"), (2.675, 2, "2.68"), (0.125, 2, "0.13"), (-0.125, 2, "-0.13"),
            (2.5, 0, "3"), (-2.5, 0, "-3"), (0.5, 0, "1"), (1.0, 2, "1.00"), (-0.0, 2, "0.00"),
            (-0.0, 0, "0"), (-0.001, 2, "0.00"), (9.995, 2, "10.00"), (0.005, 2, "0.01"),
            (0.0004, 2, "0.00"), (1e-5, 3, "0.000"), (1e-5, 5, "0.00001"), (1234567.891, 1, "1234567.9"),
            (1e20, 0, "100000000000000000000"), (0.1 + 0.2, 2, "0.30"), (42, 0, "42"), (3.456, -1, "3"),
            (.nan, 2, "NaN"), (.infinity, 2, "inf"), (-.infinity, 2, "-inf"),
        ] as [(Double, Int, String)])
    func fixed(x: Double, digits: Int, expected: String) {
        #expect(NumberText.fixed(x, digits: digits) == expected)
    }

    @Test(
        "percent shifts the decimal point, not the binary value",
        arguments: [
            (0.734, 0, "73%"), (0.735, 0, "74%"), (0.5, 0, "50%"), (1, 0, "100%"), (0.1234, 1, "12.3%"),
            (0, 0, "0%"), (-0.05, 0, "\u{2212}5%"), (-0.004, 0, "0%"), (0.0005, 1, "0.1%"),
        ] as [(Double, Int, String)])
    func percent(share: Double, digits: Int, expected: String) {
        #expect(NumberText.percent(share, digits: digits) == expected)
    }

    @Test(
        "signed shows + or a real minus, and no sign for zero",
        arguments: [
            (0.4, 2, "+0.40"), (-0.123, 2, "\u{2212}0.12"), (0, 2, "0.00"), (-0.001, 2, "0.00"),
            (0.005, 2, "+0.01"), (-1.5, 1, "\u{2212}1.5"),
        ] as [(Double, Int, String)])
    func signed(x: Double, digits: Int, expected: String) {
        #expect(NumberText.signed(x, digits: digits) == expected)
    }

    @Test(
        "coordinates have at most two decimals and no trailing zeros",
        arguments: [
            (12.5, "12.5"), (3.14159, "3.14"), (3.0, "3"), (-0.001, "0"), (-12.345, "-12.35"),
            (100, "100"), (0.1 + 0.2, "0.3"), (.nan, "0"), (.infinity, "0"), (1 / 3, "0.33"),
        ] as [(Double, String)])
    func coordinate(x: Double, expected: String) {
        #expect(NumberText.coordinate(x) == expected)
    }

    @Test("coordinates round as fixed does, on values near ties and far from them")
    func coordinateMatchesFixed() {
        // Ties on the shortest digits (x.xx5), values a hair off them, and a sweep of ordinary ones.
        var values: [Double] = [2.675, 0.125, -0.125, 9.995, 0.005, -0.005, 1.005, 1234.565, 9999.995, 10_000.125]
        values += values.flatMap { [$0.nextUp, $0.nextDown] }
        values += (0..<20_000).map { Double($0) * 0.0137 - 120 }
        for x in values {
            var fixed = NumberText.fixed(x, digits: 2)
            while fixed.hasSuffix("0") && fixed.contains(".") { fixed.removeLast() }
            if fixed.hasSuffix(".") { fixed.removeLast() }
            #expect(NumberText.coordinate(x) == fixed, "\(x)")
        }
    }
}
