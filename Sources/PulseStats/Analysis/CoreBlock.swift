import PulseModel

/// The contract's figures of a block of one month's groups: every measure of each group, in table order
/// (row `r` is group `r / measures.count`, measure `r % measures.count`).
///
/// The numbers are kept apart from the texts they belong to: a writer encodes each group's and each
/// measure's text once per block, and no row copies a `String` (whose reference count every core would
/// otherwise share). Read as a collection, its rows are `CoreFigures`.
///
///     try StatsTable.analyseCore(dataset: dataset, fold: fold) { block in try writer.write(block) }
///     block[31]   // the second group's second measure, with 30 measures
public struct CoreBlock: RandomAccessCollection, Sendable {
    /// The numbers of one row: what `CoreFigures` holds besides its period, group and measure.
    public struct Numbers: Equatable, Sendable, BitwiseCopyable {
        /// Respondents with a score on the measure (shown even when the figures are hidden).
        public var n: Int
        /// nil when the figures are suppressed (`sd` also below two respondents).
        public var mean: Double?
        public var sd: Double?
        public var favorablePercent: Double?
        public var isSuppressed: Bool

        public init(n: Int, mean: Double?, sd: Double?, favorablePercent: Double?, isSuppressed: Bool) {
            self.n = n
            self.mean = mean
            self.sd = sd
            self.favorablePercent = favorablePercent
            self.isSuppressed = isSuppressed
        }

        /// The figures of a measure's sums, shown or hidden: the values `MeasureFigures` gives a shown row.
        init(_ moments: ScoreMoments, shown: Bool) {
            self.init(
                n: moments.n, mean: shown ? moments.mean : nil, sd: shown ? moments.standardDeviation : nil,
                favorablePercent: shown ? moments.favorablePercent : nil, isSuppressed: !shown)
        }
    }

    public let period: Month
    /// The block's groups, in table order.
    public let groups: [GroupKey]
    /// The measures' names (dimension names and item ids), in table order.
    public let measures: [String]
    /// One per row: `groups.count × measures.count`.
    public let numbers: [Numbers]

    public init(period: Month, groups: [GroupKey], measures: [String], numbers: [Numbers]) {
        precondition(numbers.count == groups.count * measures.count, "one row per group and measure")
        self.period = period
        self.groups = groups
        self.measures = measures
        self.numbers = numbers
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { numbers.count }

    public subscript(row: Int) -> CoreFigures {
        let (group, measure) = row.quotientAndRemainder(dividingBy: measures.count)
        let numbers = self.numbers[row]
        return CoreFigures(
            period: period, group: groups[group], measure: measures[measure], n: numbers.n, mean: numbers.mean,
            sd: numbers.sd, favorablePercent: numbers.favorablePercent, isSuppressed: numbers.isSuppressed)
    }
}
