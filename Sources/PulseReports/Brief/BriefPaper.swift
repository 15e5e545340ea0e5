import Markup

/// The paper a briefing pack is printed on. Every page is laid out for the smaller printable area of the
/// two (A4 width, Letter height, 12 mm margins), so the same pack prints to the same pages on either;
/// this only sets the `@page` size Chromium and browsers print with.
public enum BriefPaper: String, CaseIterable, Hashable, Sendable {
    case a4, letter

    /// The `@page` rule.
    var pageRule: TrustedCSS {
        switch self {
        case .a4: "@page{size:A4;margin:12mm}"
        case .letter: "@page{size:letter;margin:12mm}"
        }
    }
}
