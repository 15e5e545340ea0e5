import PulseModel
import PulseStats

// Report models: what each page says, already decided (DESIGN.md: Analysis → Report models → Renderers).
//
// Build a `ReportInput` once from what the pipeline produced, then ask for the pieces a page needs; every
// number in them is either a `Figure` (shown or suppressed, so a renderer cannot print a hidden value) or a
// count that may always be shown (responses, milestones, challenges, rows read). Sentences a reader sees
// (`Takeaway`) are written here from the data; renderers only choose and lay out.
//
//     let input = ReportInput(dataset: dataset, table: table, quality: DataQuality(files: …),
//                             month: Month("2026-08")!)              // asOf: the month's last day
//     let school = GroupSummary(input, group: GroupKey(level: .school, group: "S001"))
//     school.tiles[0].score?.value?.mean                             // nil when suppressed
//     school.tiles[0].takeaway.text                                  // "Trust rose 0.40 since February 2026, …"
//     MilestoneSummary(input, schools: ["S001"]).late                // late milestones with days late
//     ChallengeSummary(input, schools: ["S001"]).open                // open challenges by escalation level
//     Mover.biggest(input, among: [.cluster, .school])               // the largest tested changes
//     DimensionTrend(input, group: key, dimension: "Trust")          // series, CI, signals, goal
//     ItemDistribution.all(input, group: key, cells: MonthCells(input, fold: fold)) // answer shares

/// Everything the report models are built from: the dataset, its analysed table, the data-quality
/// counts, the report month and the date that counts as "today".
///
/// `asOf` defaults to the last day of `month`, so the same input always gives the same pages (no clock).
public struct ReportInput: Sendable {
    public var dataset: Dataset {
        didSet { index = DatasetIndex(dataset) }
    }
    public var table: StatsTable
    public var quality: DataQuality
    /// The report month.
    public var month: Month
    /// "Today" for milestones (late, days late) and challenges (days open).
    public var asOf: Day

    /// The dataset's records by school.
    private(set) var index: DatasetIndex

    public init(dataset: Dataset, table: StatsTable, quality: DataQuality, month: Month, asOf: Day? = nil) {
        self.dataset = dataset
        index = DatasetIndex(dataset)
        self.table = table
        self.quality = quality
        self.month = month
        self.asOf = asOf ?? Day.last(of: month)
    }

    var program: Program { dataset.program }

    /// The dimensions of the instrument, in order.
    var dimensions: [String] { dataset.instrument.dimensions.map(\.name) }

    /// The months of the program from its start to the report month (the x axis of histories).
    var monthsToDate: [Month] {
        let start = program.startMonth
        return (0...max(0, start.distance(to: month))).map { start.advanced(by: $0) }
    }

    /// The last program month of the calendar (the end of the last stage, at least the report month).
    var lastProgramMonth: Int {
        max(program.stages.map(\.lastMonth).max() ?? 12, program.programMonth(of: month))
    }
}
