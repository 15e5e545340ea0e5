import Markup
import PulseModel
import PulseStats

/// A one-sentence finding written from the data, for the top of a chart, tile or section.
///
///     Takeaway.change("Trust", .shown(change))   // "Trust rose 0.40 since February 2026, beyond noise (…)."
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
                return Takeaway("\(measure) rose \(amount) \(since), beyond noise (\(testNote(c))).")
            case .declined:
                return Takeaway("\(measure) fell \(amount) \(since), beyond noise (\(testNote(c))).")
            case .withinNoise:
                let moved = NumberText.signed(c.meanDifference, digits: 2)
                return Takeaway("\(measure) moved \(moved) \(since): within noise (\(c.test)).")
            }
        }
    }

    /// "Welch's t-test, Benjamini–Hochberg adjusted, p = 0.003".
    static func testNote(_ change: ChangeSummary) -> String {
        guard let p = change.adjustedPValue else { return change.test }
        return "\(change.test), p \(pText(p))"
    }

    /// "= 0.012" or "< 0.001".
    static func pText(_ p: Double) -> String { p < 0.001 ? "< 0.001" : "= " + NumberText.fixed(p, digits: 3) }
}
