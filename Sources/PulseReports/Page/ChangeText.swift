import Markup
import PulseStats

/// How a change is written on a page. Only a change a test called improved or declined gets an arrow
/// (▲ / ▼) and a colour; a change within noise is written plainly with "within noise".
///
///     ChangeText.short(change)   // "▲ +0.40" (improved), "+0.05" (within noise)
///     ChangeText.node(change, label: "since July")
public enum ChangeText {
    /// The arrow of a verdict: only tested changes have one.
    public static func symbol(_ verdict: Verdict) -> String? {
        switch verdict {
        case .improved: "▲"
        case .declined: "▼"
        case .withinNoise: nil
        }
    }

    /// The arrow and a space before running text, or nothing within noise.
    public static func arrow(_ verdict: Verdict) -> String { symbol(verdict).map { $0 + " " } ?? "" }

    /// The CSS class of a verdict.
    public static func className(_ verdict: Verdict) -> String {
        switch verdict {
        case .improved: "improved"
        case .declined: "declined"
        case .withinNoise: "noise"
        }
    }

    /// The verdict in words.
    public static func verdictText(_ verdict: Verdict) -> String {
        switch verdict {
        case .improved: "improved"
        case .declined: "declined"
        case .withinNoise: "within noise"
        }
    }

    /// Arrow (when tested) and signed mean difference, e.g. "▲ +0.40".
    public static func short(_ change: ChangeSummary) -> String {
        arrow(change.verdict) + NumberText.signed(change.meanDifference, digits: 2)
    }

    /// The test and its adjusted p, e.g. "Welch's t-test, Benjamini–Hochberg adjusted, p = 0.004".
    public static func testText(_ change: ChangeSummary) -> String { Takeaway.testNote(change) }

    /// A line for a tile: "▲ +0.40 since Jul · improved (adjusted p = 0.004)" with the whole test as a
    /// tooltip; or the suppression label; or "no earlier month".
    public static func node(_ change: Figure<ChangeSummary>?, label: String) -> Node {
        switch change {
        case nil:
            return .p(class: "change muted", "\(label): no earlier month")
        case .suppressed(let why)?:
            return .p(class: "change", [.text("\(label): "), SuppressedLabel.node(why)])
        case .shown(let c)?:
            return .element(
                .p, [Attribute(.class, "change"), Attribute(.title, testText(c))],
                [
                    .span(class: className(c.verdict), "\(short(c)) \(label)"),
                    .text(" · \(verdictText(c.verdict)) "),
                    .span(class: "test", "(\(Takeaway.pNote(c)))"),
                ])
        }
    }

    /// A table cell: "▲ +0.40 improved" or "+0.05 within noise", or the suppression label, or "–".
    public static func cell(_ change: Figure<ChangeSummary>?) -> Node {
        switch change {
        case nil: .td(class: "num muted", "–")
        case .suppressed(let why)?: SuppressedLabel.cell(why)
        case .shown(let c)?: .td(class: "num " + className(c.verdict), "\(short(c)) \(verdictText(c.verdict))")
        }
    }
}
