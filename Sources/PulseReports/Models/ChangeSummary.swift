import PulseModel
import PulseStats

/// A tested change of one dimension as a page reports it: the difference since an earlier month, the
/// verdict and the test that decided it.
public struct ChangeSummary: Hashable, Sendable {
    public var comparison: Comparison
    /// The earlier month.
    public var from: Month
    /// Mean now − mean then, on the answer scale.
    public var meanDifference: Double
    /// Favorable % now − then, in percentage points.
    public var favorableDifference: Double
    public var verdict: Verdict
    /// The decision rule, e.g. "Welch's t-test, Benjamini–Hochberg adjusted".
    public var test: String
    /// The adjusted p the verdict rests on; nil when the test could not be run.
    public var adjustedPValue: Double?

    public init(_ change: Change) {
        comparison = change.comparison
        from = change.from
        meanDifference = change.meanDifference
        favorableDifference = change.favorableDifference
        verdict = change.verdict
        test = change.test
        adjustedPValue = change.adjustedPValue
    }

    /// Whether the test called it a change (improved or declined).
    public var isTested: Bool { verdict != .withinNoise }

    /// The change of a row, kept as a figure (suppressed when either month is).
    static func of(_ row: FigureRow?, _ comparison: Comparison) -> Figure<ChangeSummary>? {
        row?.change(comparison)?.map(ChangeSummary.init)
    }
}
