import Foundation
import PulseIngest
import PulseModel

/// `pulse check DATASET`: every diagnostic as `file:line:column: error|warning: message` (at most
/// `shownPerFile` per file, then a count of the rest), then a summary of what was read.
enum CheckCommand {
    static let shownPerFile = 50

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, options: [])
        let path = try args.single("DATASET folder")
        var folder = try DatasetFolder.open(path)
        // Read like every command (canonical files on the fast path): the same diagnostics and tallies.
        var counts = ResponseCounts()
        folder.readResponses(into: &counts)
        let log = folder.log
        var shown: [String: Int] = [:]
        var hidden: [String: Int] = log.omitted
        for diagnostic in log.kept {
            let count = shown[diagnostic.file, default: 0]
            if count < shownPerFile {
                Terminal.out(diagnostic.description)
                shown[diagnostic.file] = count + 1
            } else {
                hidden[diagnostic.file, default: 0] += 1
            }
        }
        for (file, count) in hidden.sorted(by: { $0.key < $1.key }) {
            Terminal.out("\(file): … and \(count) more diagnostic(s) not shown")
        }
        if !log.kept.isEmpty { Terminal.out("") }
        Terminal.out(
            CheckSummary(folder: folder, responsesByMonth: counts.byMonth, schoolsAnswering: counts.schools.count).text)
        return log.hasErrors ? 1 : 0
    }
}

extension DatasetFolder {
    /// Opens a dataset folder given on the command line; a missing folder is a usage error.
    static func open(_ path: String, scope: Scope = .everything) throws -> DatasetFolder {
        do {
            return try DatasetFolder(URL(fileURLWithPath: path), scope: scope)
        } catch let error as DatasetFolder.OpenError {
            throw UsageError(error.description)
        }
    }
}
