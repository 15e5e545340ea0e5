import PulseModel

/// What the analysis computes and how it suppresses.
public struct AnalysisOptions: Hashable, Sendable {
    /// How small groups are hidden.
    public enum SuppressionMode: String, Hashable, Sendable {
        /// Primary and complementary suppression (see `ComplementarySuppression`): what reports use.
        case complementary
        /// Only groups under the minimum size are hidden: the rule of the benchmark oracle
        /// (`reference_stats.py`), for comparing figures with it.
        case primaryOnly
    }

    public var suppression: SuppressionMode
    /// Rows per role within every group.
    ///
    /// Complementary suppression protects the rows of one table together, so an output that prints role
    /// rows must come from a table built with them; an output without role rows may leave them off (and
    /// then hides no figure on their account).
    public var roleBreakdowns: Bool
    /// Changes, trends and signals (a plain `pulse stats` needs none of them).
    public var longitudinal: Bool
    /// Cronbach's alpha per dimension and group.
    public var reliability: Bool
    /// A month's rows are built and handed over this many groups at a time, so memory holds a block of
    /// rows, not a month's (with `longitudinal`, the month's changes are adjusted together first); nil:
    /// a month in one block (for blocks that hold their groups' keys, not rows: `CoreBlock`).
    public var groupsPerBlock: Int? = 256
    /// The one month the caller reports (nil: every month): later months are not analysed, nor, without
    /// `longitudinal`, earlier ones (with it, earlier months give the month its changes and trends).
    public var period: Month?

    public init(
        suppression: SuppressionMode = .complementary, roleBreakdowns: Bool = true, longitudinal: Bool = true,
        reliability: Bool = true
    ) {
        self.suppression = suppression
        self.roleBreakdowns = roleBreakdowns
        self.longitudinal = longitudinal
        self.reliability = reliability
    }
}
