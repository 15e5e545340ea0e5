import Foundation
import PulseIngest
import PulseModel
import PulseReports

/// `pulse import [--from auto|google-forms|microsoft-forms|qualtrics|surveymonkey] FILE --dataset DIR
/// [--school ID] [--out FILE]`: converts a survey platform's export into the canonical pulse layout, read
/// through the same `PlatformExport` as a dataset folder reads it. Standard error says which layout was
/// detected, which identity columns were dropped and how each question was matched.
enum ImportCommand {
    static let layouts = ["auto"] + PulseLayout.allCases.filter { $0 != .canonical }.map(\.rawValue)

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--from", "--dataset", "--school", "--out"])
        let path = try args.single("export FILE")
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: url.path) else { throw UsageError("\(path): no such file") }
        guard let datasetPath = args["--dataset"] else {
            throw UsageError("--dataset DIR is needed (its instrument and schools)")
        }
        let from = args["--from"] ?? "auto"
        guard layouts.contains(from) else {
            throw UsageError("--from must be one of \(layouts.joined(separator: ", ")), not '\(from)'")
        }
        let folder = try DatasetFolder.open(datasetPath)
        let dataset = folder.dataset
        if let school = args["--school"], dataset.school(id: school) == nil {
            throw UsageError("--school \(school) is not a school_id of \(datasetPath)/schools.csv")
        }
        if let out = args["--out"],
            !FileManager.default.fileExists(atPath: URL(fileURLWithPath: out).deletingLastPathComponent().path)
        {
            throw UsageError("--out: the folder of \(out) does not exist")
        }
        // The dataset's own problems that matter here (its pulse files are not read).
        let datasetErrors = folder.log.kept.filter { $0.severity == .error && $0.file != "pulse" }
        for diagnostic in datasetErrors { Terminal.error(diagnostic.description) }

        let file = url.lastPathComponent
        guard let layout = from == "auto" ? PulseLayout.detect(url) : PulseLayout(rawValue: from) else {
            Terminal.error(
                "\(file): error: not a layout pulse recognises (canonical, "
                    + "\(layouts.dropFirst().joined(separator: ", "))); name it with --from")
            return 1
        }
        var log = DiagnosticLog()
        var seen = ResponseIDSet()
        var writer = PulseCSVWriter(dataset: dataset)
        let export = PlatformExport(dataset: dataset, layout: layout, defaultSchool: args["--school"])
        guard
            let (tally, summary) = export.read(url, file: file, seenIDs: &seen, log: &log, each: { writer.append($0) })
        else {
            for diagnostic in log.kept { Terminal.error(diagnostic.description) }
            return 1
        }
        report(summary, file: file, from: from)
        for diagnostic in log.kept { Terminal.error(diagnostic.description) }
        let omitted = log.omitted.values.reduce(0, +)
        if omitted > 0 { Terminal.error("… \(omitted) more diagnostic(s) not shown") }
        Terminal.error(
            "\(tally.read) rows read: \(tally.accepted) imported, \(tally.rejected) left out; "
                + "\(log.errorCount) error(s), \(log.warningCount) warning(s)")
        if let out = args["--out"] {
            try AtomicFile.write(writer.bytes, to: URL(fileURLWithPath: out))
        } else {
            try FileHandle.standardOutput.write(contentsOf: writer.bytes)
        }
        return log.hasErrors || !datasetErrors.isEmpty ? 1 : 0
    }

    /// The header findings, one fact a line.
    static func report(_ summary: ExportSummary, file: String, from: String) {
        Terminal.error("\(file): \(summary.layout.displayName) export\(from == "auto" ? " (detected)" : "")")
        let dropped = summary.droppedIdentityColumns
        Terminal.error("identity columns dropped: \(dropped.isEmpty ? "none" : dropped.joined(separator: ", "))")
        for match in summary.matchedQuestions {
            Terminal.error("matched: \"\(match.header)\" → \(match.itemID)")
        }
        for header in summary.unmatchedQuestions {
            Terminal.error("unmatched: \"\(header)\"")
        }
        Terminal.error("school from: \(summary.schoolSource ?? "nowhere")")
        Terminal.error("role from: \(summary.roleSource ?? "nowhere (every role is \"unspecified\")")")
        if summary.unfinished > 0 {
            Terminal.error("unfinished responses left out: \(summary.unfinished)")
        }
    }
}
