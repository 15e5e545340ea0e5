import Foundation

extension RunChart {
    /// Runs: too few or too many runs about the median for the number of useful observations.
    ///
    /// A run is a maximal stretch of consecutive points on one side of the median; points on the median
    /// are skipped, and the number of runs is the number of median crossings plus one (Perla et al. 2011,
    /// rule 3). Fewer runs than `limits.lower` or more than `limits.upper` is a signal: one `Signal` whose
    /// indices are all the useful observations.
    ///
    /// The limits for 10…60 useful observations are Perla et al.'s Table 1, which tabulates the runs
    /// distribution of Swed & Eisenhart (1943, Ann. Math. Statist. 14:66–87) for a series split evenly
    /// about its median. The table below was recomputed exactly (`scripts/reference/make_stats_fixtures.py`,
    /// fixture `runs_table.json`) for ⌊N/2⌋ points on one side and ⌈N/2⌉ on the other, at 2.5 % in each
    /// tail: `lower` is the smallest r with P(R ≤ r) > 0.025, `upper` the largest r with P(R ≥ r) > 0.025.
    /// Reproductions of the printed table differ from it by one run in a few rows; this one is exact.
    /// Beyond 60 the Wald–Wolfowitz normal approximation is used with the actual counts m above and n below:
    /// μ = 1 + 2mn/N, σ² = 2mn(2mn − N)/(N²(N − 1)), limits ⌈μ − 1.96σ⌉ and ⌊μ + 1.96σ⌋.
    ///
    /// - Returns: `.notEnoughPoints(needed: 10, have:)` with the number of useful observations when fewer than 10.
    /// - Complexity: O(n log n), for the median.
    public static func runs(_ y: [Double]) -> RuleOutcome {
        let runs = runsAboutMedian(y)
        let useful = runs.reduce(0) { $0 + $1.count }
        guard let limits = runsLimits(useful: useful, above: runs.filter { $0[0].above }.reduce(0) { $0 + $1.count })
        else { return .notEnoughPoints(needed: 10, have: useful) }
        let count = runs.count
        let expected = "\(limits.lower) to \(limits.upper) expected by chance"
        let description: String
        if count < limits.lower {
            description =
                "Runs: too few runs about the median (\(count) in \(useful) points off the median; \(expected))"
        } else if count > limits.upper {
            description =
                "Runs: too many runs about the median (\(count) in \(useful) points off the median; \(expected))"
        } else {
            return .noSignal
        }
        return .signals([Signal(rule: .runs, indices: runs.flatMap { $0.map(\.index) }, description: description)])
    }

    /// The fewest and most runs expected by chance among `useful` observations, `above` of them above the
    /// median; nil below 10 useful observations.
    static func runsLimits(useful: Int, above: Int) -> (lower: Int, upper: Int)? {
        guard useful >= 10 else { return nil }
        if useful - 10 < runsTable.count { return runsTable[useful - 10] }
        let n = Double(useful)
        let product = 2 * Double(above) * Double(useful - above)
        let mean = 1 + product / n
        let sd = (product * (product - n) / (n * n * (n - 1))).squareRoot()
        guard sd.isFinite, sd > 0 else { return (lower: 1, upper: useful) }
        return (lower: Int((mean - 1.96 * sd).rounded(.up)), upper: Int((mean + 1.96 * sd).rounded(.down)))
    }

    /// Limits (lower, upper) for 10, 11, …, 60 useful observations.
    static let runsTable: [(lower: Int, upper: Int)] = [
        (3, 9), (4, 9), (4, 10), (4, 11), (4, 12), (5, 12),  // 10–15
        (5, 13), (6, 13), (6, 14), (6, 15), (7, 15), (7, 16),  // 16–21
        (8, 16), (8, 17), (8, 18), (9, 18), (9, 19), (10, 19),  // 22–27
        (10, 20), (10, 21), (11, 21), (11, 22), (12, 22), (12, 23),  // 28–33
        (12, 24), (13, 24), (13, 25), (14, 25), (14, 26), (14, 26),  // 34–39
        (15, 27), (15, 28), (16, 28), (16, 29), (17, 29), (17, 30),  // 40–45
        (17, 31), (18, 31), (18, 32), (19, 32), (19, 33), (20, 33),  // 46–51
        (20, 34), (20, 35), (21, 35), (21, 36), (22, 36), (22, 37),  // 52–57
        (23, 37), (23, 38), (24, 38),  // 58–60
    ]
}
