import Markup
import PulseModel
import PulseStats

/// A one-sentence finding written from the data, for the top of a chart, tile or section.
///
/// A verdict comes from `Change.testName`; the sentence gives its adjusted p, and pages name the test once.
///
///     Takeaway.change("Trust", .shown(change))
///     // "Trust rose 0.40 since February 2026, beyond noise (adjusted p = 0.003)."
///     Takeaway.change("Trust", .shown(flat))     // "Trust moved +0.05 since July 2026: within noise."
public struct Takeaway: Hashable, Sendable {
    public var text: String

    public init(_ text: String) { self.text = text }

    /// The sentence for a dimension's change: rose / fell beyond noise with the test named, moved within
    /// noise, hidden, or nothing to compare.
    public static func change(_ measure: String, _ change: Figure<ChangeSummary>?) -> Takeaway {
        switch change {
        case nil:
            return Takeaway("\(measure): no earlier month to compare with yet.")
        case .suppressed(let why)?:
            return Takeaway("\(measure): \(why.label), so no change is shown.")
        case .shown(let c)?:
            let since = "since \(c.from.longName)"
            let amount = NumberText.fixed(abs(c.meanDifference), digits: 2)
            switch c.verdict {
            case .improved:
                return Takeaway("\(measure) rose \(amount) \(since), beyond noise (\(pNote(c))).")
            case .declined:
                return Takeaway("\(measure) fell \(amount) \(since), beyond noise (\(pNote(c))).")
            case .withinNoise:
                let moved = NumberText.signed(c.meanDifference, digits: 2)
                return Takeaway("\(measure) moved \(moved) \(since): within noise.")
            }
        }
    }

    /// "Welch's t-test, Benjamini–Hochberg adjusted, p = 0.003".
    static func testNote(_ change: ChangeSummary) -> String {
        guard let p = change.adjustedPValue else { return change.test }
        return "\(change.test), p \(pText(p))"
    }

    /// "adjusted p = 0.003" (the test itself is named once per page section and in tooltips).
    static func pNote(_ change: ChangeSummary) -> String {
        change.adjustedPValue.map { "adjusted p \(pText($0))" } ?? "not testable"
    }

    /// "= 0.012" or "< 0.001".
    static func pText(_ p: Double) -> String { p < 0.001 ? "< 0.001" : "= " + NumberText.fixed(p, digits: 3) }
}
