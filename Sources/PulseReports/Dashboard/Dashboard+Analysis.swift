import PulseModel
import PulseStats

extension Dashboard {
    /// What a dashboard asks of the analysis: everything but reliability, which no page shows. Role rows
    /// are still analysed although no page shows them: they take part in complementary suppression and in
    /// each month's family of tested changes, so leaving them out would change figures and verdicts.
    public static let analysisOptions = AnalysisOptions(reliability: false)

    /// Whether the dashboard of `month` reads the row of (`period`, `group`, `measure`): all-staff rows
    /// up to `month`, dimensions in every month (tiles, trends, movers) and items in `month` only
    /// (answers to each question).
    ///
    ///     StatsTable(dataset: dataset, fold: fold, options: Dashboard.analysisOptions) {
    ///         Dashboard.reads(period: $0, group: $1, measure: $2, month: month)
    ///     }
    public static func reads(period: Month, group: GroupKey, measure: Measure, month: Month) -> Bool {
        guard group.role == nil, period <= month else { return false }
        if case .dimension = measure { return true }
        return period == month
    }

    /// Whether the dashboard of `month` reads the trend and signals of a row it keeps: only those of the
    /// report month's all-staff dimension rows (the signals named on the trend charts).
    ///
    ///     StatsTable(dataset: dataset, fold: fold, options: Dashboard.analysisOptions, keeping: { … }) {
    ///         Dashboard.readsTrend(period: $0, group: $1, measure: $2, month: month)
    ///     }
    public static func readsTrend(period: Month, group: GroupKey, measure: Measure, month: Month) -> Bool {
        guard group.role == nil, period == month else { return false }
        if case .dimension = measure { return true }
        return false
    }
}
