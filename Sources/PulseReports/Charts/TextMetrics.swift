/// Estimated text widths for laying out labels without a font engine: the average advance of a
/// proportional sans-serif is about 0.58 em per character.
///
///     TextMetrics.width(of: "Ash Grove", fontSize: 11)                 // ≈ 57
///     TextMetrics.fitting("Ash Grove Primary School", width: 60, fontSize: 11)  // "Ash Grove…"
enum TextMetrics {
    static let averageAdvance = 0.58

    /// Estimated width of `text` in user units.
    static func width(of text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * averageAdvance
    }

    /// `text`, or its longest prefix with "…" that fits `width` (without spaces before the "…").
    static func fitting(_ text: String, width: Double, fontSize: Double) -> String {
        guard self.width(of: text, fontSize: fontSize) > width else { return text }
        var prefix = text.prefix(max(0, Int(width / (fontSize * averageAdvance)) - 1))
        while prefix.last?.isWhitespace == true { prefix.removeLast() }
        return prefix + "…"
    }
}
