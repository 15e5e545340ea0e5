import Foundation
import PulseReports
import PulseStats

/// `pulse stats DATASET [--format csv|json] [--out FILE] [--month YYYY-MM]
/// [--suppression complementary|primary] [--roles]`: the tidy statistics table.
enum StatsCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--format", "--out", "--month", "--suppression"], flags: ["--roles"])
        let path = try args.single("DATASET folder")
        let format = args["--format"] ?? "csv"
        guard ["csv", "json"].contains(format) else { throw UsageError("--format must be csv or json, not '\(format)'") }
        let suppression: AnalysisOptions.SuppressionMode
        switch args["--suppression"] ?? "complementary" {
        case "complementary": suppression = .complementary
        case "primary": suppression = .primaryOnly
        case let other: throw UsageError("--suppression must be complementary or primary, not '\(other)'")
        }
        let pipeline = try Pipeline(path: path, options: AnalysisOptions(suppression: suppression,
                                                                          roleBreakdowns: args.has("--roles")))
        let month = try pipeline.month(args["--month"])
        pipeline.reportDiagnostics()
        let rows = pipeline.table.rows.filter { row in
            (month == nil || row.period == month) && (args.has("--roles") || row.role == nil)
        }
        let bytes = format == "csv" ? StatsExport.csv(rows) : StatsExport.json(rows)
        if let out = args["--out"] {
            let url = URL(fileURLWithPath: out)
            guard FileManager.default.fileExists(atPath: url.deletingLastPathComponent().path) else {
                throw UsageError("--out: the folder of \(out) does not exist")
            }
            try AtomicFile.write(bytes, to: url)
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
        return pipeline.exitCode
    }
}
