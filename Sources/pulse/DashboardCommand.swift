import Foundation
import PulseReports

/// `pulse dashboard DATASET [--month YYYY-MM] [--as-of YYYY-MM-DD] [--out DIR]`: the monthly pulse
/// dashboard (default month: the latest with data; default folder `Reports/dashboard`).
enum DashboardCommand {
    static let defaultOut = "Reports/dashboard"

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--month", "--as-of", "--out"])
        let path = try args.single("DATASET folder")
        let read = try Pipeline.Read(path: path, options: Dashboard.analysisOptions)
        // The table keeps only the rows the pages of the report month read, and their trends and signals
        // only where the pages show them.
        let month = try read.month(args["--month"]) ?? read.fold.months.last
        let pipeline = Pipeline(
            read: read, options: Dashboard.analysisOptions,
            keeping: { period, group, measure in
                month.map { Dashboard.reads(period: period, group: group, measure: measure, month: $0) } ?? false
            },
            trending: { period, group, measure in
                month.map { Dashboard.readsTrend(period: period, group: group, measure: measure, month: $0) } ?? false
            })
        let input = try pipeline.reportInput(month: args["--month"], asOf: args["--as-of"])
        pipeline.reportDiagnostics()
        try write(pipeline, input: input, to: OutputFolder(args["--out"] ?? defaultOut))
        return pipeline.exitCode
    }

    /// Writes every page of the dashboard into `folder`, each as soon as it is made (pages are made on
    /// every core).
    static func write(_ pipeline: Pipeline, input: ReportInput, to folder: OutputFolder) throws {
        // One file at a time: `OutputFolder.write` makes a page's subfolder when it is missing, and two
        // threads must not race to make the same one. Making the pages, not writing them, is the work.
        let writing = NSLock()  // a pthread mutex, which ThreadSanitizer sees (it does not see `Mutex`)
        let count = try Dashboard(input: input, fold: pipeline.fold).write { file in
            try writing.withLock { try folder.write(file.bytes, to: file.path) }
        }
        Terminal.error("wrote \(folder.root.path): dashboard for \(input.month), \(count) pages")
    }
}
