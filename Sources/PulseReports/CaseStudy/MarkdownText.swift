/// Data text made safe inside a line of a Markdown file (never at its start, where `#`, `-` or `1.` would
/// open a block): inline Markdown punctuation backslash-escaped (so `<script>` or
/// `[x](javascript:…)` stays literal text in any renderer), line breaks and other control characters turned
/// into spaces, and explicit bidirectional formatting characters dropped so text reads in its logical order.
///
///     MarkdownText.escape("<b>*hi*</b>")   // "\\<b\\>\\*hi\\*\\</b\\>"
enum MarkdownText {
    static let punctuation: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&",
    ]

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: continue
            case 0x00...0x1F, 0x7F...0x9F: out += " "
            default:
                let character = Character(scalar)
                if punctuation.contains(character) { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
