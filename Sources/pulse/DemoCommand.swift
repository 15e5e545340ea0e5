import Foundation
import PulseReports
import PulseStats

/// `pulse demo [--out DIR]`: the whole report set for the bundled demo dataset (`Datasets/demo`, found
/// relative to the current folder), each report kind in its own subfolder of DIR (default `Reports/demo`).
///
/// Adding a report kind is one line in `kinds`.
enum DemoCommand {
    static let dataset = "Datasets/demo"
    static let defaultOut = "Reports/demo"

    /// A report kind the demo writes: its subfolder and how it writes from the shared pipeline.
    struct Kind: Sendable {
        var folder: String
        var write: @Sendable (Pipeline, OutputFolder) throws -> Void
    }

    static let kinds: [Kind] = [
        Kind(folder: "dashboard") { pipeline, out in
            try DashboardCommand.write(pipeline, input: pipeline.reportInput(month: nil, asOf: nil), to: out)
        },
        Kind(folder: "brief") { pipeline, out in try BriefCommand.writeAll(pipeline, to: out) },
        Kind(folder: "casestudy") { pipeline, out in try CaseStudyCommand.writeAll(pipeline, to: out) },
    ]

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--out"])
        guard args.positional.isEmpty else { throw UsageError("unexpected argument '\(args.positional[0])'") }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dataset, isDirectory: &isFolder), isFolder.boolValue else {
            let here = FileManager.default.currentDirectoryPath
            throw UsageError("no demo dataset at \(here)/\(dataset): run 'pulse demo' from the project folder")
        }
        let pipeline = try Pipeline(path: dataset)
        pipeline.reportDiagnostics()
        let out = args["--out"] ?? defaultOut
        let folders = try kinds.map { try OutputFolder((out as NSString).appendingPathComponent($0.folder)) }
        // The kinds share the analysis and write to folders of their own, so they run side by side.
        let failures = concurrentMap(kinds.count) { index -> (any Error)? in
            do {
                try kinds[index].write(pipeline, folders[index])
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        return pipeline.exitCode
    }
}
