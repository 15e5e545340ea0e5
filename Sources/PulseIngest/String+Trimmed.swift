import Foundation

extension StringProtocol {
    /// The text without leading and trailing characters of `set`, exactly as `trimmingCharacters(in:)`,
    /// without Foundation's work for the common field that has none at either end.
    ///
    ///     " S001 ".trimming(.whitespaces)   // "S001"
    func trimming(_ set: CharacterSet) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
            !set.contains(first) && !set.contains(last)
        else { return isEmpty ? "" : trimmingCharacters(in: set) }
        return String(self)
    }

    /// The text without leading and trailing whitespace and newlines (`trimming(.whitespacesAndNewlines)`).
    var trimmedOfWhitespace: String { trimming(.whitespacesAndNewlines) }
}
