import Foundation

/// Foundation's character sets, made once. Each use of `CharacterSet.whitespaces` and its siblings
/// builds the set anew (a few hundred nanoseconds), which the readers would otherwise pay per field.
///
///     text.trimmingCharacters(in: CharacterSets.whitespaces)
enum CharacterSets {
    static let whitespaces = CharacterSet.whitespaces
    static let whitespacesAndNewlines = CharacterSet.whitespacesAndNewlines
    static let alphanumerics = CharacterSet.alphanumerics
}
