import PulseModel
import PulseReports

/// What every report command starts from, shared by dashboard, brief, case study and demo.
extension Pipeline {
    /// The input of the report models: the month asked for (default: the latest with data), "today" from
    /// `--as-of` (default: the month's last day), and the data-quality counts of the folder.
    func reportInput(month text: String?, asOf asOfText: String?) throws -> ReportInput {
        guard let month = try month(text) ?? table.periods.last else {
            throw UsageError("\(folder.url.path) has no accepted responses to report on")
        }
        var asOf: Day?
        if let asOfText {
            guard asOfText.utf8.count == 10, let day = Day(asOfText) else {
                throw UsageError("--as-of must be written YYYY-MM-DD, not '\(asOfText)'")
            }
            asOf = day
        }
        let log = folder.log
        let quality = DataQuality(
            files: folder.tallies.map {
                DataQuality.FileRows(file: $0.file, read: $0.read, accepted: $0.accepted, rejected: $0.rejected)
            },
            errors: log.errorCount, warnings: log.warningCount, diagnostics: log.kept)
        return ReportInput(dataset: dataset, table: table, quality: quality, month: month, asOf: asOf)
    }
}
