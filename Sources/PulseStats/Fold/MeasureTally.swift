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
    /// L: every score is stored as the integer L × score.
    public let scale: Int
    /// Distinct scaled scores (L × score), ascending.
    public let scaledScores: [Int]
    /// Respondents per entry of `scaledScores`.
    public let counts: [Int]
    /// The lowest favorable score; scores at or above it are favorable.
    public let favorableMin: Int
    /// The highest unfavorable score (`scaleMin + scaleMax − favorableMin`).
    public let unfavorableMax: Int
    /// Respondents with a score.
    public let n: Int
    /// Σ L·score.
    public let s1: Int
    /// Σ (L·score)².
    public let s2: Int
    public let favorable: Int
    public let neutral: Int
    public let unfavorable: Int

    /// A tally from (scaled score, respondents) pairs in ascending score order.
    ///
    /// - Complexity: one pass over the pairs; the two arrays are the only allocations.
    public init(scale: Int, histogram: some Sequence<(Int, Int)>, favorableMin: Int, unfavorableMax: Int) {
        var scores: [Int] = []
        var counts: [Int] = []
        scores.reserveCapacity(histogram.underestimatedCount)
        counts.reserveCapacity(histogram.underestimatedCount)
        var (n, s1, s2, favorable, unfavorable) = (0, 0, 0, 0, 0)
        for (score, count) in histogram where count > 0 {
            scores.append(score)
            counts.append(count)
            n += count
            s1 += count * score
            s2 += count * score * score
            if score >= favorableMin * scale {
                favorable += count
            } else if score <= unfavorableMax * scale {
                unfavorable += count
            }
        }
        self.scale = scale
        self.scaledScores = scores
        self.counts = counts
        self.favorableMin = favorableMin
        self.unfavorableMax = unfavorableMax
        (self.n, self.s1, self.s2) = (n, s1, s2)
        (self.favorable, self.unfavorable, self.neutral) = (favorable, unfavorable, n - favorable - unfavorable)
    }

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
    public var mean: Double? { n > 0 ? Double(s1) / Double(scale * n) : nil }

    /// ((n·s2 − s1²) / (n(n − 1))) / L², the sample variance; nil below two respondents.
    ///
    /// n·s2 − s1² is formed in 128-bit integers, so it is exact for any realistic group; it is turned
    /// into a Double through Int64 when it fits (the same correctly rounded value, without the slow
    /// generic 128-bit conversion).
    public var variance: Double? {
        guard n > 1 else { return nil }
        let spread = Int128(n) * Int128(s2) - Int128(s1) * Int128(s1)
        let rounded = Int64(exactly: spread).map(Double.init) ?? Double(spread)
        return rounded / Double(n * (n - 1)) / Double(scale * scale)
    }

    /// √variance; nil below two respondents.
    public var standardDeviation: Double? { variance?.squareRoot() }

    /// 100·favorable / n, nil without respondents (likewise `neutralPercent`, `unfavorablePercent`).
    public var favorablePercent: Double? { percent(favorable) }
    public var neutralPercent: Double? { percent(neutral) }
    public var unfavorablePercent: Double? { percent(unfavorable) }

    private func percent(_ count: Int) -> Double? { n > 0 ? Double(100 * count) / Double(n) : nil }
}
