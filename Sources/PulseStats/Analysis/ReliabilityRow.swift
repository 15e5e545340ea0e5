import PulseModel

/// Internal consistency of one dimension for one group (all staff) in one month.
///
/// Computed on listwise complete cases (respondents who answered every item of the dimension) and
/// suppressed when they are fewer than the minimum group size.
public struct ReliabilityRow: Hashable, Sendable {
    /// Cronbach's alpha and the corrected item–total correlations.
    public struct Figures: Hashable, Sendable {
        public var alpha: Double
        /// The correlation of each item (by item id, instrument order) with the sum of the others.
        public var itemRest: [(item: String, correlation: Double)] {
            zip(items, correlations).map { ($0, $1) }
        }
        public var items: [String]
        public var correlations: [Double]

        public init(alpha: Double, items: [String], correlations: [Double]) {
            self.alpha = alpha
            self.items = items
            self.correlations = correlations
        }
    }

    public var period: Month
    /// Level and group id (role is always nil).
    public var group: GroupKey
    public var dimension: String
    /// Respondents who answered every item of the dimension.
    public var completeCases: Int
    /// nil when alpha cannot be computed (fewer than two items, no variance).
    public var figures: Figure<Figures>?

    /// The reliability of a dimension's complete cases, suppressed below `minimum` cases.
    init(period: Month, group: GroupKey, dimension: String, tally: ReliabilityTally, items: [String], minimum: Int) {
        self.period = period
        self.group = group
        self.dimension = dimension
        self.completeCases = tally.n
        if tally.n < max(1, minimum) {
            figures = .suppressed(Suppression(n: tally.n, minimum: minimum, cause: .primary))
        } else {
            figures = Reliability.cronbach(
                n: tally.n, sums: tally.sums.map(Double.init),
                crossProducts: tally.crossProducts.map { $0.map(Double.init) }
            ).map { .shown(Figures(alpha: $0.alpha, items: items, correlations: $0.itemRest)) }
        }
    }
}
