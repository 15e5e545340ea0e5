import Testing

@testable import PulseReports

@Suite("Charts colour and contrast")
struct ChartsColorTests {
    @Test(
        "relative luminance and contrast follow WCAG 2.1",
        arguments: [
            (0x000000, 0xFFFFFF, 21.0), (0xFFFFFF, 0xFFFFFF, 1.0), (0x767676, 0xFFFFFF, 4.54),
            (0x777777, 0xFFFFFF, 4.48), (0x595959, 0xFFFFFF, 7.0), (0xFF0000, 0x000000, 5.25),
        ] as [(UInt32, UInt32, Double)])
    func contrast(first: UInt32, second: UInt32, expected: Double) {
        let ratio = Color(hex: first).contrastRatio(with: Color(hex: second))
        #expect(abs(ratio - expected) < 0.01, "\(ratio)")
    }

    @Test("luminance endpoints and hex text")
    func luminance() {
        #expect(Color.black.relativeLuminance == 0)
        #expect(abs(Color.white.relativeLuminance - 1) < 1e-12)
        #expect(Color(hex: 0x0072B2).hex == "#0072b2")
    }

    @Test("text on any palette fill, and on a grid of colours, meets AA (4.5:1)")
    func textMeetsAA() {
        var fills = Palette.categorical + Palette.diverging(classes: 5) + Palette.diverging(classes: 7)
        fills += Palette.sequential.samples(17) + Palette.divergingRamp.samples(17) + [Palette.suppressed]
        for r in stride(from: 0, through: 255, by: 17) {
            for g in stride(from: 0, through: 255, by: 17) {
                for b in stride(from: 0, through: 255, by: 51) {
                    fills.append(Color(red: UInt8(r), green: UInt8(g), blue: UInt8(b)))
                }
            }
        }
        for fill in fills {
            #expect(Color.textColor(on: fill).contrastRatio(with: fill) >= 4.5, "\(fill.hex)")
        }
        #expect(Color.textColor(on: Color(hex: 0x0571B0)) == .white)
        #expect(Color.textColor(on: Palette.diverging(classes: 5)[2]) == .black)
        #expect(Palette.mutedInk.contrastRatio(with: .white) >= 4.5)
        #expect(Palette.ink.contrastRatio(with: Palette.suppressed) >= 4.5)
    }

    @Test("palettes have the promised sizes and ramps interpolate between stops")
    func palettes() {
        for classes in 2...9 { #expect(Palette.diverging(classes: classes).count == classes) }
        #expect(Palette.categorical.count == 8)
        let ramp = ColorRamp(stops: [.black, .white])
        #expect(ramp.color(at: 0) == .black)
        #expect(ramp.color(at: 1) == .white)
        #expect(ramp.color(at: 0.5) == Color(red: 128, green: 128, blue: 128))
        #expect(ramp.color(at: 7) == .white)
    }
}
