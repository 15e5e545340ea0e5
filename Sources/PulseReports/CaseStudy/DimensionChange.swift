import Markup
import PulseModel
import PulseStats

/// One dimension of a school from baseline to mid-program: the figures of both months (each shown or
/// suppressed) and the change between them with its effect size and tested verdict.
public struct DimensionChange: Hashable, Sendable {
    public var dimension: String
    public var baselineMonth: Month
    public var midMonth: Month
    /// nil when the school had no responses that month.
    public var baseline: Figure<MeasureFigures>?
    public var baselineN: Int
    public var mid: Figure<MeasureFigures>?
    public var midN: Int
    /// Mid − baseline: mean difference, Welch test (Benjamini–Hochberg adjusted), Hedges' g, verdict;
    /// suppressed when either month is; nil when the two months are the same.
    public var change: Figure<Change>?

    init(_ table: StatsTable, school: String, dimension: String, from baselineMonth: Month, to midMonth: Month) {
        let first = table.row(period: baselineMonth, level: .school, group: school, measure: dimension)
        let last = table.row(period: midMonth, level: .school, group: school, measure: dimension)
        self.dimension = dimension
        self.baselineMonth = baselineMonth
        self.midMonth = midMonth
        baseline = first?.figures
        baselineN = first?.n ?? 0
        mid = last?.figures
        midN = last?.n ?? 0
        change = baselineMonth == midMonth ? nil : last?.sinceBaseline
    }

    /// The suppression that hides the change, if any (the mid-program month's first, then the baseline's).
    public var suppression: Suppression? {
        change?.suppression ?? mid?.suppression ?? baseline?.suppression
    }

    /// A sentence: "Trust rose 0.40 from February 2026 to August 2026 (Hedges' g 0.45), beyond noise (…)."
    public var sentence: String {
        switch change {
        case nil:
            return "\(dimension): no baseline and mid-program months to compare."
        case .suppressed(let why)?:
            return "\(dimension): \(why.label), so no change is shown."
        case .shown(let c)?:
            let span = "from \(baselineMonth.longName) to \(midMonth.longName)"
            let g = c.hedgesG.map { " (Hedges' g \(NumberText.signed($0, digits: 2)))" } ?? ""
            let test = Takeaway.testNote(ChangeSummary(c))
            switch c.verdict {
            case .improved:
                return "\(dimension) rose \(NumberText.fixed(abs(c.meanDifference), digits: 2)) \(span)\(g), "
                    + "beyond noise (\(test))."
            case .declined:
                return "\(dimension) fell \(NumberText.fixed(abs(c.meanDifference), digits: 2)) \(span)\(g), "
                    + "beyond noise (\(test))."
            case .withinNoise:
                return "\(dimension) moved \(NumberText.signed(c.meanDifference, digits: 2)) \(span)\(g): "
                    + "within noise (\(test))."
            }
        }
    }
}
