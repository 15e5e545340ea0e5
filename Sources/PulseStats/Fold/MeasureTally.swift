/// Exact statistics of one measure (an item, or a dimension score) over a group of respondents: how many
/// respondents have each score.
///
/// Scores are held as integers scaled by `scale` (L). An item score is held as is (L = 1). A dimension
/// score t/c (sum t of the c items a respondent answered) is held as L·t/c with L = lcm(1…k) for a k-item
/// dimension, an integer because c divides L. Every figure is integer arithmetic up to one final
/// division, the same floating-point operations as `reference_stats.py`, so the results agree to the
/// last bit:
///
///     mean     = s1 / (L·n)
///     variance = ((n·s2 − s1²) / (n·(n − 1))) / L²          (sample variance, n − 1)
///     favorable share = favorable / n,  favorable ⇔ L·score ≥ L·favorableMin (exact)
///
/// with s1 = Σ L·score and s2 = Σ (L·score)². Example: a respondent answering 3 of 4 items with sum 12
/// has score 4 (held as 12·12/3 = 48 with L = 12), favorable at favorableMin 4 (48 ≥ 48).
public struct MeasureTally: Hashable, Sendable {
    /// Distinct scaled scores (L × score), ascending.
    public let scaledScores: [Int]
    /// Respondents per entry of `scaledScores`.
    public let counts: [Int]
    /// The sums of the scores: n, s1, s2 and the favorable and unfavorable counts.
    public let moments: ScoreMoments

    /// A tally from (scaled score, respondents) pairs in ascending score order.
    ///
    /// - Complexity: one pass over the pairs; the two arrays are the only allocations.
    public init(scale: Int, histogram: some Sequence<(Int, Int)>, favorableMin: Int, unfavorableMax: Int) {
        var scores: [Int] = []
        var counts: [Int] = []
        scores.reserveCapacity(histogram.underestimatedCount)
        counts.reserveCapacity(histogram.underestimatedCount)
        var moments = ScoreMoments(scale: scale, favorableMin: favorableMin, unfavorableMax: unfavorableMax)
        for (score, count) in histogram where count > 0 {
            scores.append(score)
            counts.append(count)
            moments.add(scaledScore: score, count: count)
        }
        self.scaledScores = scores
        self.counts = counts
        self.moments = moments
    }

    /// L: every score is stored as the integer L × score.
    public var scale: Int { moments.scale }
    /// The lowest favorable score; scores at or above it are favorable.
    public var favorableMin: Int { moments.favorableMin }
    /// The highest unfavorable score (`scaleMin + scaleMax − favorableMin`).
    public var unfavorableMax: Int { moments.unfavorableMax }
    /// Respondents with a score.
    public var n: Int { moments.n }
    /// Σ L·score.
    public var s1: Int { moments.s1 }
    /// Σ (L·score)².
    public var s2: Int { moments.s2 }
    public var favorable: Int { moments.favorable }
    public var neutral: Int { moments.neutral }
    public var unfavorable: Int { moments.unfavorable }

    /// The distinct scores on the answer scale, ascending (`scaledScores / L`).
    public var scores: [Double] { scaledScores.map { Double($0) / Double(scale) } }

    /// The median score (the mean of the two middle scores when n is even), as
    /// `Median.ofHistogram(counts, values: scores)` gives it, without making `scores`; nil without
    /// respondents.
    public var median: Double? {
        guard n > 0 else { return nil }
        /// The score at 0-based position `k` of the sorted sample.
        func score(at k: Int) -> Double {
            var seen = 0
            for (index, count) in counts.enumerated() {
                seen += count
                if k < seen { return Double(scaledScores[index]) / Double(scale) }
            }
            return Double(scaledScores[scaledScores.count - 1]) / Double(scale)
        }
        return n % 2 == 1 ? score(at: n / 2) : (score(at: n / 2 - 1) + score(at: n / 2)) / 2
    }

    /// s1 / (L·n); nil without respondents.
    public var mean: Double? { moments.mean }
    /// The sample variance (`ScoreMoments.variance`); nil below two respondents.
    public var variance: Double? { moments.variance }
    /// √variance; nil below two respondents.
    public var standardDeviation: Double? { moments.standardDeviation }
    /// 100·favorable / n, nil without respondents (likewise `neutralPercent`, `unfavorablePercent`).
    public var favorablePercent: Double? { moments.favorablePercent }
    public var neutralPercent: Double? { moments.neutralPercent }
    public var unfavorablePercent: Double? { moments.unfavorablePercent }
}
