/// The exact sums of one measure's scores over a group: how many respondents, Σ L·score, Σ (L·score)²
/// and how many are favorable and unfavorable. Everything the mean, the sample variance and the shares
/// are computed from, in integer arithmetic up to one final division (see `MeasureTally`).
///
///     var moments = ScoreMoments(scale: 1, favorableMin: 4, unfavorableMax: 2)
///     moments.add(scaledScore: 5, count: 3)
///     moments.add(scaledScore: 2, count: 1)
///     moments.mean               // 4.25
///     moments.favorablePercent   // 75
public struct ScoreMoments: Hashable, Sendable {
    /// L: every score is counted as the integer L × score.
    public let scale: Int
    /// The lowest favorable score; scores at or above it are favorable.
    public let favorableMin: Int
    /// The highest unfavorable score (`scaleMin + scaleMax − favorableMin`).
    public let unfavorableMax: Int
    /// Respondents with a score.
    public private(set) var n = 0
    /// Σ L·score.
    public private(set) var s1 = 0
    /// Σ (L·score)².
    public private(set) var s2 = 0
    public private(set) var favorable = 0
    public private(set) var unfavorable = 0

    /// No respondents yet.
    public init(scale: Int, favorableMin: Int, unfavorableMax: Int) {
        self.scale = scale
        self.favorableMin = favorableMin
        self.unfavorableMax = unfavorableMax
    }

    /// Counts `count` respondents with the scaled score L·score.
    public mutating func add(scaledScore score: Int, count: Int) {
        n += count
        s1 += count * score
        s2 += count * score * score
        if score >= favorableMin * scale {
            favorable += count
        } else if score <= unfavorableMax * scale {
            unfavorable += count
        }
    }

    /// Counts a histogram at once, as `add(scaledScore:count:)` bin by bin does: `counts[k]` respondents
    /// with the scaled score `scaledScores[k]` (ascending), of which bins `favorableFrom...` are favorable
    /// and `..<unfavorableEnd` unfavorable (`FoldLayout.ScoreBins` finds them once per measure): the sums
    /// in one pass, the shares as two ranges, no branch per bin. It runs for every measure of every group
    /// of a table.
    mutating func add(
        scaledScores: UnsafeBufferPointer<Int>, counts: UnsafePointer<Int>, favorableFrom: Int, unfavorableEnd: Int
    ) {
        precondition(0 <= unfavorableEnd && unfavorableEnd <= favorableFrom && favorableFrom <= scaledScores.count)
        for (k, score) in scaledScores.enumerated() {
            let count = counts[k]
            n += count
            s1 += count * score
            s2 += count * score * score
        }
        for k in favorableFrom..<scaledScores.count { favorable += counts[k] }
        for k in 0..<unfavorableEnd { unfavorable += counts[k] }
    }

    /// Respondents neither favorable nor unfavorable.
    public var neutral: Int { n - favorable - unfavorable }

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
