import Foundation

/// A header name reduced to lower-case letters and digits, for recognising a platform's fixed columns
/// (`Duration (in seconds)` → `durationinseconds`, `Respondent ID` → `respondentid`).
enum ColumnKey {
    static func of(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.lowercased().unicodeScalars.filter {
                    CharacterSets.alphanumerics.contains($0)
                }))
    }
}
