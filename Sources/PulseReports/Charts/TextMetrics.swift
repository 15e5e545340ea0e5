/// Estimated text widths for laying out labels without a font engine: the average advance of a
/// proportional sans-serif is about 0.58 em per character.
///
///     TextMetrics.width(of: "Ash Grove", fontSize: 11)                 // ≈ 57
///     TextMetrics.fitting("Ash Grove Primary School", width: 60, fontSize: 11)  // "Ash Grove…"
///     TextMetrics.lines("Self-governance", width: 70, fontSize: 11, limit: 2)   // ["Self-", "governance"]
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

    /// `text` in at most `limit` lines that each fit `width`, broken at spaces and after hyphens, filled
    /// greedily; the last line ends in "…" when the text needs more. Nil when one word is wider than
    /// `width`, so the caller can lay the text out another way instead of cutting a word.
    static func lines(_ text: String, width: Double, fontSize: Double, limit: Int) -> [String]? {
        // The pieces a line may end after, each with whether a space comes before it.
        var pieces: [(text: Substring, spaced: Bool)] = []
        for word in text.split(whereSeparator: \.isWhitespace) {
            var rest = word[...]
            var spaced = !pieces.isEmpty
            while let hyphen = rest.dropLast().firstIndex(of: "-") {
                pieces.append((rest[...hyphen], spaced))
                rest = rest[rest.index(after: hyphen)...]
                spaced = false
            }
            pieces.append((rest, spaced))
        }
        guard pieces.allSatisfy({ self.width(of: String($0.text), fontSize: fontSize) <= width }) else { return nil }
        var lines: [String] = []
        var line = ""
        for (index, piece) in pieces.enumerated() {
            let longer = line + (piece.spaced ? " " : "") + piece.text
            if line.isEmpty || self.width(of: longer, fontSize: fontSize) <= width {
                line = line.isEmpty ? String(piece.text) : longer
            } else if lines.count + 1 < limit {
                lines.append(line)
                line = String(piece.text)
            } else {
                let rest = pieces[index...].map { ($0.spaced ? " " : "") + $0.text }.joined()
                return lines + [fitting(line + rest, width: width, fontSize: fontSize)]
            }
        }
        return lines + [line]
    }
}
