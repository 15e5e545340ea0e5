import Foundation
import PulseReports
import PulseStats

/// `pulse stats DATASET [--format csv|json] [--out FILE] [--month YYYY-MM]
/// [--suppression complementary|primary] [--roles] [--columns all|core]`: the tidy statistics table.
///
/// The table is analysed month by month and its rows are written as soon as they are final (a month at
/// a time with changes, a block of groups at a time with `--columns core`), so memory holds a month's
/// rows at most, never the table.
enum StatsCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(
            arguments, options: ["--format", "--out", "--month", "--suppression", "--columns"], flags: ["--roles"])
        let path = try args.single("DATASET folder")
        let formatText = args["--format"] ?? "csv"
        guard let format = StatsExportWriter.Format(rawValue: formatText) else {
            throw UsageError("--format must be csv or json, not '\(formatText)'")
        }
        let suppression: AnalysisOptions.SuppressionMode
        switch args["--suppression"] ?? "complementary" {
        case "complementary": suppression = .complementary
        case "primary": suppression = .primaryOnly
        case let other: throw UsageError("--suppression must be complementary or primary, not '\(other)'")
        }
        let columnsText = args["--columns"] ?? "all"
        guard let columns = StatsColumnSelection(rawValue: columnsText) else {
            throw UsageError("--columns must be all or core, not '\(columnsText)'")
        }
        // Reliability is not part of the table: neither computed nor folded. The core columns need
        // no changes, trends or signals.
        var options = AnalysisOptions(
            suppression: suppression, roleBreakdowns: args.has("--roles"), longitudinal: columns == .all,
            reliability: false)
        // The table needs no milestones, challenges or goals: `pulse check` checks those.
        let read = try Pipeline.Read(path: path, options: options, scope: .survey)
        let month = try read.month(args["--month"])
        options.period = month  // later months (and, for the core columns, earlier ones) are not analysed
        read.reportDiagnostics()
        func writeTable(_ output: @escaping ([UInt8]) throws -> Void) throws {
            var writer = StatsExportWriter(format: format, columns: columns, output: output)
            switch columns {
            case .core:
                // A core block holds its groups, not their rows (the writer computes and streams those):
                // a month is one block, with no wait between blocks.
                var options = options
                options.groupsPerBlock = nil
                try StatsTable.analyseCore(dataset: read.dataset, fold: read.fold, options: options) { block in
                    try writer.write(block)
                }
            case .all:
                try StatsTable.analyse(dataset: read.dataset, fold: read.fold, options: options) { period in
                    guard month == nil || period.period == month else { return }
                    try writer.write(period.rows)
                }
            }
            try writer.finish()
        }
        if let out = args["--out"] {
            let url = URL(fileURLWithPath: out)
            guard FileManager.default.fileExists(atPath: url.deletingLastPathComponent().path) else {
                throw UsageError("--out: the folder of \(out) does not exist")
            }
            try AtomicFile.write(to: url) { handle in try writeTable { try handle.write(contentsOf: $0) } }
        } else {
            try writeTable { try FileHandle.standardOutput.write(contentsOf: $0) }  // no copy into a Data
        }
        return read.exitCode
    }
}
