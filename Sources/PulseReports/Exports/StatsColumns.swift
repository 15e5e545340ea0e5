import CSV
import PulseStats

/// The columns of the tidy statistics table (`pulse stats`), in order: the contract's nine first
/// (`period,level,group,measure,n,mean,sd,favorable_pct,suppressed`), then the other figures.
/// A suppressed row leaves every figure empty; its n is shown.
enum StatsColumns {
    /// The names of the columns of a selection.
    static func names(_ selection: StatsColumnSelection) -> [String] {
        selection == .core ? coreNames : names
    }

    /// The contract's nine, the whole of `StatsColumnSelection.core`.
    static let coreNames = ["period", "level", "group", "measure", "n", "mean", "sd", "favorable_pct", "suppressed"]

    static let names: [String] =
        coreNames + [
            "role", "suppression", "responses", "response_rate", "se", "ci_low", "ci_high", "median",
            "favorable_ci_low", "favorable_ci_high", "neutral_pct", "unfavorable_pct",
        ] + changeNames("prev") + changeNames("base") + [
            "trend_months", "trend_slope", "trend_slope_ci_low", "trend_slope_ci_high", "trend_p", "mann_kendall_tau",
            "mann_kendall_p", "theil_sen_slope", "signals",
        ]

    static func changeNames(_ prefix: String) -> [String] {
        ["from", "diff", "welch_p", "welch_q", "hedges_g", "favorable_diff", "favorable_p", "verdict"]
            .map { "\(prefix)_\($0)" }
    }

    /// The cells of one row in a selection, one per name.
    static func cells(_ row: FigureRow, _ selection: StatsColumnSelection) -> [CSVCell] {
        selection == .core ? coreCells(row) : cells(row)
    }

    /// The contract's nine cells of one row.
    static func coreCells(_ row: FigureRow) -> [CSVCell] { coreCells(CoreFigures(row)) }

    /// The contract's nine cells of the contract's figures.
    static func coreCells(_ row: CoreFigures) -> [CSVCell] {
        [
            .text(row.period.description), .text(row.group.level.rawValue), .text(row.group.group),
            .text(row.measure), .int(row.n), .double(row.mean), .double(row.sd), .double(row.favorablePercent),
            .int(row.isSuppressed ? 1 : 0),
        ]
    }

    /// The cells of one row, one per name.
    static func cells(_ row: FigureRow) -> [CSVCell] {
        let shown = row.figures.value
        var cells = coreCells(row)
        cells += [
            .text(row.role ?? ""), .text(row.figures.suppression?.cause.rawValue ?? ""), .int(row.responses),
            .double(row.responseRate), .double(shown?.standardError), .double(shown?.meanInterval?.lower),
            .double(shown?.meanInterval?.upper), .double(shown?.median),
            .double(shown?.favorableInterval?.lower), .double(shown?.favorableInterval?.upper),
            .double(shown?.neutralPercent), .double(shown?.unfavorablePercent),
        ]
        cells += changeCells(row.sincePrevious)
        cells += changeCells(row.sinceBaseline)
        let trend = row.trend?.value
        cells += [
            .int(trend?.months.count ?? 0), .double(trend?.linear.slope), .double(trend?.linear.slopeInterval.lower),
            .double(trend?.linear.slopeInterval.upper), .double(trend?.linear.pValue), .double(trend?.mannKendall?.tau),
            .double(trend?.mannKendall?.pValue), .double(trend?.theilSen?.slope),
            .text(row.signals?.value?.signals.map(\.description).joined(separator: "; ") ?? ""),
        ]
        return cells
    }

    private static func changeCells(_ change: Figure<Change>?) -> [CSVCell] {
        guard let change = change?.value else { return Array(repeating: .empty, count: 8) }
        return [
            .text(change.from.description), .double(change.meanDifference), .double(change.welch?.pValue),
            .double(change.adjustedPValue), .double(change.hedgesG), .double(change.favorableDifference),
            .double(change.proportionTest?.pValue), .text(change.verdict.rawValue),
        ]
    }
}
