/// Which columns of the statistics table `pulse stats` writes (`--columns`).
///
///     var writer = StatsExportWriter(format: .csv, columns: .core) { chunk in try handle.write(contentsOf: chunk) }
public enum StatsColumnSelection: String, CaseIterable, Sendable {
    /// The nine columns of the data contract: `period,level,group,measure,n,mean,sd,favorable_pct,suppressed`.
    /// Only the month's own figures are needed for them, so no changes, trends or signals are computed.
    case core
    /// The contract's nine, then every other figure: role, suppression cause, response rate, intervals,
    /// median, changes, trend and signals.
    case all
}
