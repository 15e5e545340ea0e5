import Foundation
import PulseIngest
import PulseModel
import PulseStats

/// The one direction of flow shared by the commands: open the folder, stream its responses into the
/// accumulators, analyse.
struct Pipeline: Sendable {
    let read: Read
    let table: StatsTable

    init(path: String, options: AnalysisOptions = AnalysisOptions()) throws {
        self.init(read: try Read(path: path, options: options), options: options)
    }

    /// Analyses what `read` folded (with the options it was read with), keeping the rows `keep` accepts,
    /// with a trend and signals where `trend` accepts them too.
    init(
        read: Read, options: AnalysisOptions,
        keeping keep: @Sendable (Month, GroupKey, Measure) -> Bool = { _, _, _ in true },
        trending trend: @Sendable (Month, GroupKey, Measure) -> Bool = { _, _, _ in true }
    ) {
        self.read = read
        table = StatsTable(dataset: read.dataset, fold: read.fold, options: options, keeping: keep, trending: trend)
    }

    var folder: DatasetFolder { read.folder }
    var fold: PulseFold { read.fold }
    var dataset: Dataset { read.dataset }

    /// Prints the diagnostics (at most `limit`) and a one-line count to standard error.
    func reportDiagnostics(limit: Int = 20) { read.reportDiagnostics(limit: limit) }

    /// Exit code after writing outputs: 1 when the data had errors.
    var exitCode: Int32 { read.exitCode }

    /// The month asked for with `--month`, checked against the months with data.
    func month(_ text: String?) throws -> Month? { try read.month(text) }

    /// The first two stages, open and fold, for a command that streams the analysis itself
    /// (`StatsTable.analyse`) instead of keeping the whole table.
    struct Read: Sendable {
        var folder: DatasetFolder
        let fold: PulseFold

        /// Folds the folder's responses, keeping only what `options` asks for: a cell per role only
        /// with role breakdowns, the complete-case sums only with reliability. `scope` says which small
        /// files to read.
        init(path: String, options: AnalysisOptions, scope: DatasetFolder.Scope = .everything) throws {
            var folder = try DatasetFolder.open(path, scope: scope)
            var fold = PulseFold(
                instrument: folder.dataset.instrument, roles: options.roleBreakdowns, reliability: options.reliability)
            folder.readResponses(into: &fold)
            self.folder = folder
            self.fold = fold
        }

        var dataset: Dataset { folder.dataset }

        /// Prints the diagnostics (at most `limit`) and a one-line count to standard error.
        func reportDiagnostics(limit: Int = 20) {
            let log = folder.log
            for diagnostic in log.kept.prefix(limit) { Terminal.error(diagnostic.description) }
            let total = folder.total
            if log.errorCount + log.warningCount > limit {
                Terminal.error("… \(log.errorCount + log.warningCount - limit) more; run 'pulse check' for all")
            }
            if log.hasErrors || total.rejected > 0 {
                Terminal.error(
                    "\(total.read) rows read: \(total.accepted) accepted, \(total.rejected) rejected; "
                        + "\(log.errorCount) error(s), \(log.warningCount) warning(s)")
            }
        }

        /// Exit code after writing outputs: 1 when the data had errors.
        var exitCode: Int32 { folder.log.hasErrors ? 1 : 0 }

        /// The month asked for with `--month`, checked against the months with data.
        func month(_ text: String?) throws -> Month? {
            guard let text else { return nil }
            guard text.utf8.count == 7, let month = Month(text) else {
                throw UsageError("--month must be written YYYY-MM, not '\(text)'")
            }
            let periods = fold.months
            guard periods.contains(month) else {
                let known = periods.map(\.description).joined(separator: ", ")
                throw UsageError("--month \(month) has no data (months with data: \(known.isEmpty ? "none" : known))")
            }
            return month
        }
    }
}

extension PulseFold: ResponseSink {}
