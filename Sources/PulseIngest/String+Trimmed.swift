import Foundation

extension String {
    /// The text without leading and trailing whitespace and newlines, exactly as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation's work for the common field
    /// that has none at either end.
    ///
    ///     " S001 ".trimmedOfWhitespace   // "S001"
    var trimmedOfWhitespace: String {
        let whitespace = CharacterSet.whitespacesAndNewlines
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
            !whitespace.contains(first) && !whitespace.contains(last)
        else { return isEmpty ? self : trimmingCharacters(in: whitespace) }
        return self
    }
}
