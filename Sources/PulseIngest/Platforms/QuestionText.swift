import Foundation

/// Question and answer text reduced to what a person would call "the same words": lower case, curly
/// quotes straightened, punctuation dropped (so a required question's trailing `*` goes too), runs of
/// white space made one space.
///
///     QuestionText.key("I’m clear about our school’s priorities. *")   // "im clear about our schools priorities"
enum QuestionText {
    static func key(_ text: String) -> String {
        var words: [String] = []
        var word = ""
        for scalar in text.lowercased().unicodeScalars {
            if CharacterSets.alphanumerics.contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if CharacterSets.whitespacesAndNewlines.contains(scalar) || scalar == "-" || scalar == "/" {
                if !word.isEmpty { words.append(word) }
                word = ""
            }
            // Other punctuation (quotes, apostrophes, full stops, `*`, dashes of other widths) joins its
            // neighbours: "it’s" and "it's" both read "its".
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }

    /// Answer text for a label lookup: lower case, curly quotes straightened, white space trimmed and
    /// collapsed; punctuation kept (a label such as "1 - Not at all" keeps its dash).
    static func answer(_ text: String) -> String {
        let straight = text.lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
        return straight.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The texts a header may stand for, most specific last: the whole header, then the row of a Google
    /// Forms grid (`Question [Row]`) or the statement of a Qualtrics matrix (`Question - Statement`).
    static func candidates(_ header: String) -> [String] {
        var texts = [header]
        let trimmed = header.trimmingCharacters(in: CharacterSets.whitespaces)
        if trimmed.hasSuffix("]"), let open = trimmed.range(of: " [", options: .backwards) {
            texts.append(String(trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)]))
        }
        if let dash = trimmed.range(of: " - ", options: .backwards) {
            texts.append(String(trimmed[dash.upperBound...]))
        }
        return texts
    }

    /// True when `text` has `word` as a whole word ("Which school do you work at?" has "school").
    static func mentions(_ text: String, _ word: String) -> Bool {
        key(text).split(separator: " ").contains { $0 == word }
    }
}
