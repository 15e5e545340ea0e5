/// The colours of every chart: colour-blind-safe categories, a diverging set for Likert answers, ramps
/// for heatmaps, and the neutral inks for text, axes and grids.
///
///     Palette.categorical[0]     // Okabe–Ito blue, the first series
///     Palette.diverging(classes: 5)  // RdBu: strongly disagree … strongly agree
public enum Palette {
    /// Okabe–Ito, ordered for lines on white (yellow, the weakest on white, comes last but one).
    public static let categorical: [Color] = [
        0x0072B2, 0xE69F00, 0x009E73, 0xD55E00, 0xCC79A7, 0x56B4E9, 0xF0E442, 0x000000,
    ].map(Color.init(hex:))

    /// ColorBrewer RdBu (colour-blind safe) with `classes` classes, low (red) to high (blue). The middle
    /// class of an odd count is a light grey (not RdBu's near-white) so a neutral share stays visible on a
    /// white page. Counts outside 2…7 are sampled from ``divergingRamp``.
    public static func diverging(classes: Int) -> [Color] {
        let table: [UInt32]
        switch classes {
        case 2: table = [0xEF8A62, 0x67A9CF]
        case 3: table = [0xEF8A62, 0xD9D9D9, 0x67A9CF]
        case 4: table = [0xCA0020, 0xF4A582, 0x92C5DE, 0x0571B0]
        case 5: table = [0xCA0020, 0xF4A582, 0xD9D9D9, 0x92C5DE, 0x0571B0]
        case 6: table = [0xB2182B, 0xEF8A62, 0xFDDBC7, 0xD1E5F0, 0x67A9CF, 0x2166AC]
        case 7: table = [0xB2182B, 0xEF8A62, 0xFDDBC7, 0xD9D9D9, 0xD1E5F0, 0x67A9CF, 0x2166AC]
        default: return divergingRamp.samples(classes)
        }
        return table.map(Color.init(hex:))
    }

    /// ColorBrewer Blues (9 classes) as a ramp, for magnitudes such as response rates.
    public static let sequential = ColorRamp(
        stops: [0xF7FBFF, 0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5, 0x08519C, 0x08306B]
            .map(Color.init(hex:)))

    /// ColorBrewer RdBu (9 classes) as a ramp, low (red) to high (blue), for values around a midpoint.
    public static let divergingRamp = ColorRamp(
        stops: [0xB2182B, 0xD6604D, 0xF4A582, 0xFDDBC7, 0xF7F7F7, 0xD1E5F0, 0x92C5DE, 0x4393C3, 0x2166AC]
            .map(Color.init(hex:)))

    /// Body text.
    public static let ink = Color(hex: 0x222222)
    /// Secondary text: tick labels, band labels (7:1 on white).
    public static let mutedInk = Color(hex: 0x595959)
    /// Axis lines.
    public static let axis = Color(hex: 0x8C8C8C)
    /// Gridlines.
    public static let grid = Color(hex: 0xE3E3E3)
    /// Background bands, alternating.
    public static let bands = [Color(hex: 0xF3F3F3), Color(hex: 0xFAFAFA)]
    /// Fill of a suppressed cell, under its hatching.
    public static let suppressed = Color(hex: 0xEEEEEE)
    /// Hatching of a suppressed cell.
    public static let hatch = Color(hex: 0xBDBDBD)
}
