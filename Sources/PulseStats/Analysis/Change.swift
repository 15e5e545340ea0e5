import PulseModel

/// What a month is compared with.
public enum Comparison: String, CaseIterable, Hashable, Sendable {
    /// The group's previous month with data.
    case previous
    /// The group's first month with data.
    case baseline
}

/// The call on a change: a named test, corrected for the number of changes tested, decides.
/// Raw values are the labels written in exports: `improved`, `declined`, `within noise`.
public enum Verdict: String, Hashable, Sendable {
    case improved, declined
    case withinNoise = "within noise"
}

/// How one measure of one group moved from an earlier month to the row's month.
///
/// Differences are later − earlier. The verdict is `improved` or `declined` (by the sign of the mean
/// difference) only when the Welch p, Benjamini–Hochberg adjusted over the change's family, is below 0.05;
/// otherwise `withinNoise`. The family is every change of the same period and `Comparison` in one
/// `StatsTable`: all levels, groups, roles and measures (items and dimensions) together.
public struct Change: Hashable, Sendable {
    /// The name of the decision rule, for reports to print beside a verdict.
    public static let testName = "Welch's t-test, Benjamini–Hochberg adjusted"
    /// The significance level of the adjusted p.
    public static let alpha = 0.05

    public var comparison: Comparison
    /// The earlier month.
    public var from: Month
    /// Mean of the row's month − mean of `from`.
    public var meanDifference: Double
    /// Welch's unequal-variance t-test of the two means; nil when either side has fewer than two answers
    /// or neither has any spread.
    public var welch: TestResult?
    /// The Welch p after Benjamini–Hochberg adjustment over the family.
    public var adjustedPValue: Double?
    /// Hedges' g from the earlier month to the row's month.
    public var hedgesG: Double?
    /// Favorable % of the row's month − favorable % of `from`, in percentage points.
    public var favorableDifference: Double
    /// Two-proportion z-test of the favorable shares.
    public var proportionTest: TestResult?
    public var verdict: Verdict
    /// `Change.testName`.
    public var test: String { Self.testName }

    public init(
        comparison: Comparison, from: Month, meanDifference: Double, welch: TestResult?, adjustedPValue: Double?,
        hedgesG: Double?, favorableDifference: Double, proportionTest: TestResult?, verdict: Verdict
    ) {
        self.comparison = comparison
        self.from = from
        self.meanDifference = meanDifference
        self.welch = welch
        self.adjustedPValue = adjustedPValue
        self.hedgesG = hedgesG
        self.favorableDifference = favorableDifference
        self.proportionTest = proportionTest
        self.verdict = verdict
    }

    /// The change between two months' sums before adjustment (`adjustedPValue` nil, verdict within noise).
    init?(_ comparison: Comparison, from month: Month, earlier: ScoreMoments, later: ScoreMoments) {
        guard let before = earlier.mean, let after = later.mean,
            let favorableBefore = earlier.favorablePercent, let favorableAfter = later.favorablePercent
        else { return nil }
        self.init(
            comparison: comparison, from: month, meanDifference: after - before,
            welch: Self.welch(earlier: earlier, later: later), adjustedPValue: nil,
            hedgesG: earlier.summary.flatMap { a in later.summary.flatMap { b in HedgesG.effect(from: a, to: b) } },
            favorableDifference: favorableAfter - favorableBefore,
            proportionTest: TwoProportionTest.test(
                successes1: later.favorable, n1: later.n, successes2: earlier.favorable, n2: earlier.n),
            verdict: .withinNoise)
    }

    /// The Welch test of a change between two months' sums: `welch` of the change, without the rest of it
    /// (what the period's adjustment reads of a row nobody keeps); nil when the change has no Welch test.
    static func welch(earlier: ScoreMoments, later: ScoreMoments) -> TestResult? {
        earlier.summary.flatMap { a in later.summary.flatMap { b in WelchTest.test(b, a) } }
    }

    /// Sets the adjusted p and the verdict that follows from it.
    mutating func adjust(to p: Double) {
        adjustedPValue = p
        verdict = p >= Self.alpha || meanDifference == 0 ? .withinNoise : meanDifference > 0 ? .improved : .declined
    }
}
