import PulseModel

/// The contract's figures of a block of one month's groups: every measure of each group, in table order
/// (row `r` is group `r / measures.count`, measure `r % measures.count`).
///
/// The numbers are kept apart from the texts they belong to: a writer encodes each group's and each
/// measure's text once per block, and no row copies a `String` (whose reference count every core would
/// otherwise share). A block made by `StatsTable.analyseCore` computes a group's numbers when they are
/// asked for (`numbers(ofGroup:into:)`), from its cells in the fold, so that a writer reads the cells,
/// computes and encodes a range of groups on each core in one pass. Read as a collection, its rows are
/// `CoreFigures`.
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
    private let source: Source

    /// Where the numbers come from.
    private enum Source {
        /// Given, one per row.
        case given([Numbers])
        /// Computed from the cells of a block of a month's groups.
        case cells(Cells)
    }

    /// A block of a month's groups, its fold's layout and its measures (in `Measure.all` order), behind
    /// one reference: every core reads them for every group, and a copy of each (their arrays retained
    /// and released by every core in turn) per group and measure took a fifth of the writing time.
    private final class Cells: Sendable {
        let block: MonthBlock
        let layout: FoldLayout
        let measures: [Measure]

        init(_ block: MonthBlock, _ layout: FoldLayout, _ measures: [Measure]) {
            (self.block, self.layout, self.measures) = (block, layout, measures)
        }
    }

    /// A block of given numbers, one per row: `groups.count × measures.count`.
    public init(period: Month, groups: [GroupKey], measures: [String], numbers: [Numbers]) {
        precondition(numbers.count == groups.count * measures.count, "one row per group and measure")
        self.init(period: period, groups: groups, measures: measures, source: .given(numbers))
    }

    /// The figures of a block of a month's groups, computed when asked for.
    init(_ block: MonthBlock, layout: FoldLayout, measures: [Measure], names: [String]) {
        self.init(
            period: block.period, groups: Array(block.groups.keys[block.range]), measures: names,
            source: .cells(Cells(block, layout, measures)))
    }

    private init(period: Month, groups: [GroupKey], measures: [String], source: Source) {
        self.period = period
        self.groups = groups
        self.measures = measures
        self.source = source
    }

    /// Writes the numbers of group `g`'s rows (one per measure, in order) into `row`.
    public func numbers(ofGroup g: Int, into row: UnsafeMutableBufferPointer<Numbers>) {
        precondition(row.count == measures.count, "one number per measure")
        switch source {
        case .given(let numbers):
            for m in row.indices { row[m] = numbers[g * measures.count + m] }
        case .cells(let cells):
            let index = cells.block.range.lowerBound + g
            let cell = cells.block.groups.cell(index)
            for (m, measure) in cells.measures.enumerated() {
                let moments = cells.layout.moments(measure, in: cell)
                row[m] = Numbers(
                    moments, shown: cells.block.hiddenCause(measure: m, group: index, n: moments.n) == nil)
            }
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { groups.count * measures.count }

    /// A row: made with the rest of its group's (a loop over `figures(ofGroup:)` makes each group once).
    public subscript(row: Int) -> CoreFigures {
        let (group, measure) = row.quotientAndRemainder(dividingBy: measures.count)
        return figures(ofGroup: group)[measure]
    }

    /// The rows of group `g` (one per measure, in order).
    public func figures(ofGroup g: Int) -> [CoreFigures] {
        withUnsafeTemporaryAllocation(of: Numbers.self, capacity: measures.count) { numbers in
            self.numbers(ofGroup: g, into: numbers)
            return zip(measures, numbers).map { measure, numbers in
                CoreFigures(
                    period: period, group: groups[g], measure: measure, n: numbers.n, mean: numbers.mean,
                    sd: numbers.sd, favorablePercent: numbers.favorablePercent, isSuppressed: numbers.isSuppressed)
            }
        }
    }
}
