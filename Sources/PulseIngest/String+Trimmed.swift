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
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without leading and trailing whitespace and newlines (`trimming(.whitespacesAndNewlines)`).
    var trimmedOfWhitespace: String { trimming(asciiFree: CharacterSets.whitespacesAndNewlines) }

    /// The text without leading and trailing spaces and tabs (`trimming(.whitespaces)`): line breaks stay.
    var trimmedOfSpacesAndTabs: String { trimming(asciiFree: CharacterSets.whitespaces) }

    /// `trimming(set)` of a set that holds no printable ASCII but the space. A text that starts and ends
    /// with printable ASCII other than the space is returned without asking `CharacterSet`: its first and
    /// last UTF-8 bytes say so (a byte below 0x80 is a whole scalar), without decoding scalars.
    private func trimming(asciiFree set: CharacterSet) -> String {
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return String(self)
        }
        return trimming(set)
    }
}
