import Testing

@testable import PulseReports

@Suite("Charts scales")
struct ChartsScaleTests {
    @Test(
        "linear ticks are round multiples inside the domain",
        arguments: [
            (0.0...1.0, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]),
            (1.0...5.0, 4, [1, 2, 3, 4, 5]),
            (0.0...0.83, 5, [0, 0.2, 0.4, 0.6, 0.8]),
            (-0.5...0.5, 4, [-0.4, -0.2, 0, 0.2, 0.4]),
            (0.0...100.0, 5, [0, 20, 40, 60, 80, 100]),
            (3.0...3.0, 5, [3]),
        ] as [(ClosedRange<Double>, Int, [Double])])
    func ticks(domain: ClosedRange<Double>, count: Int, expected: [Double]) {
        #expect(LinearScale(domain: domain, range: 0...100).ticks(count: count) == expected)
    }

    @Test("nice widens the domain to whole steps; positions follow the range, reversed for y")
    func niceAndPosition() {
        let y = LinearScale(domain: 0...0.83, range: 0...200, reversed: true).nice()
        #expect(y.domain == 0...0.9 || y.domain == 0...1)
        #expect(y.position(y.domain.lowerBound) == 200)
        #expect(y.position(y.domain.upperBound) == 0)
        #expect(LinearScale(domain: 2...2, range: 0...10).position(2) == 5)
        #expect(LinearScale(domain: 0...1, range: 0...1).tickDigits() == 1)
        #expect(LinearScale(domain: 0...100, range: 0...1).tickDigits() == 0)
    }

    @Test("band scale divides the range into equal bands with padding")
    func bands() {
        let rows = BandScale(count: 4, range: 0...100, padding: 0)
        #expect(rows.step == 25)
        #expect(rows.bandwidth == 25)
        #expect(rows.start(of: 2) == 50)
        let padded = BandScale(count: 2, range: 0...100, padding: 0.5)
        #expect(padded.step == 40)
        #expect(padded.start(of: 0) == 20)
        #expect(padded.bandwidth == 20)
        #expect(padded.start(of: 1) + padded.bandwidth + padded.step * padded.padding / 2 == 100 - 10)
    }

    @Test("time scale puts months in the middle of equal columns and thins ticks")
    func months() {
        let x = TimeScale(months: 1...12, range: 0...120)
        #expect(x.position(1) == 5)
        #expect(x.start(of: 5) == 40)
        #expect(x.end(of: 8) == 80)
        #expect(x.ticks(maxCount: 12) == Array(1...12))
        #expect(x.ticks(maxCount: 6) == [1, 3, 5, 7, 9, 11])
        #expect(x.ticks(maxCount: 5) == [1, 4, 7, 10])
    }

    @Test("tick formats write locale-free labels with a real minus")
    func tickFormats() {
        #expect(TickFormat.automatic.text(-0.5, automaticDigits: 1) == "\u{2212}0.5")
        #expect(TickFormat.decimal(digits: 0).text(3, automaticDigits: 2) == "3")
        #expect(TickFormat.percent(digits: 0).text(0.25, automaticDigits: 2) == "25%")
        #expect(TickFormat.percentMagnitude(digits: 0).text(-0.25, automaticDigits: 2) == "25%")
    }
}
