import Foundation

/// An sRGB colour, with the WCAG 2.1 relative luminance and contrast ratio.
///
///     let fill = Color(hex: 0x0072B2)
///     fill.hex                        // "#0072b2"
///     fill.contrastRatio(with: .white) // ≈ 5.1
///     Color.textColor(on: fill)       // .white
public struct Color: Hashable, Sendable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from a 24-bit `0xRRGGBB` literal.
    public init(hex: UInt32) {
        self.init(red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF))
    }

    public static let black = Color(hex: 0x000000)
    public static let white = Color(hex: 0xFFFFFF)

    /// `#rrggbb`, for `fill` and `stroke`.
    public var hex: String {
        // Every mark asks for its colour: seven bytes written in place, a small string (no allocation).
        String(unsafeUninitializedCapacity: 7) { text in
            func digit(_ nibble: UInt8) -> UInt8 {
                nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            }
            text[0] = UInt8(ascii: "#")
            (text[1], text[2]) = (digit(red >> 4), digit(red & 0xF))
            (text[3], text[4]) = (digit(green >> 4), digit(green & 0xF))
            (text[5], text[6]) = (digit(blue >> 4), digit(blue & 0xF))
            return 7
        }
    }

    /// WCAG 2.1 relative luminance: 0 for black, 1 for white.
    ///
    /// - Complexity: O(1).
    public var relativeLuminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2.1 contrast ratio, from 1 (same luminance) to 21 (black on white).
    public func contrastRatio(with other: Color) -> Double {
        let (a, b) = (relativeLuminance, other.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Black or white, whichever contrasts more with `fill`. The better of the two is always at least
    /// √21 ≈ 4.58 : 1, so text in it meets WCAG 2.1 AA (4.5 : 1) on any fill.
    public static func textColor(on fill: Color) -> Color {
        fill.contrastRatio(with: .black) >= fill.contrastRatio(with: .white) ? .black : .white
    }

    /// The colour a fraction `t` (0…1) of the way to `other`, channel by channel.
    public func mixed(with other: Color, _ t: Double) -> Color {
        func channel(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * min(1, max(0, t))).rounded())
        }
        return Color(red: channel(red, other.red), green: channel(green, other.green), blue: channel(blue, other.blue))
    }
}
