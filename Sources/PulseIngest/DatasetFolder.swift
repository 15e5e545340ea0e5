import Foundation
import PulseModel

/// A dataset folder opened for reading: its small files loaded and validated, its pulse files ready to
/// be streamed.
///
///     var folder = try DatasetFolder(URL(fileURLWithPath: "Datasets/demo"))
///     folder.readResponses { response in fold.add(response) }
///     print(folder.log.errorCount, folder.tallies.map(\.read))
public struct DatasetFolder: Sendable {
    /// Thrown when the folder itself cannot be used (a usage error, not a data error).
    public struct OpenError: Error, CustomStringConvertible {
        public var description: String
    }

    public let url: URL
    public let dataset: Dataset
    public private(set) var log = DiagnosticLog()
    /// One tally per file read, in reading order (the small files first, then the pulse files).
    public private(set) var tallies: [FileTally] = []
    /// The pulse files in name order.
    public let pulseFiles: [URL]

    /// Which of the small files a command needs.
    public enum Scope: Sendable {
        /// Every file of the folder.
        case everything
        /// What the survey statistics need: program, clusters, schools and instrument. Milestones,
        /// challenges and goals are neither read nor checked (`pulse check` checks them).
        case survey
    }

    /// Opens a folder: reads and checks the small files of `scope` (the diagnostics go to `log`) and
    /// lists the pulse files.
    public init(_ url: URL, scope: Scope = .everything) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OpenError(description: "\(url.path): no such dataset folder")
        }
        self.url = url
        var log = DiagnosticLog()
        var tallies: [FileTally] = []
        func file(_ name: String) -> URL { url.appendingPathComponent(name) }
        func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name).path) }
        func required(_ name: String) -> Bool {
            if exists(name) { return true }
            log.error(name, "missing: a dataset needs \(name)")
            return false
        }

        // The pulse files first, so that the pages of theirs not in memory come in while the small files
        // are read (`ReadAhead`).
        let pulseFolder = file("pulse")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: pulseFolder.path)) ?? []
        let pulseFiles = names.filter { $0.lowercased().hasSuffix(".csv") }.sorted().map {
            pulseFolder.appendingPathComponent($0)
        }
        ReadAhead.start(pulseFiles)

        let program =
            ProgramFile.read(file(ProgramFile.name), log: &log)
            ?? Program(name: "Pulse program", startMonth: Month(year: 2026, month: 1))
        var clusters: [Cluster] = []
        if required(ClustersFile.name) {
            let (read, tally) = ClustersFile.read(file(ClustersFile.name), log: &log)
            clusters = read
            if let tally { tallies.append(tally) }
        }
        var schools: [School] = []
        if required(SchoolsFile.name) {
            let (read, tally) = SchoolsFile.read(file(SchoolsFile.name), clusters: clusters, log: &log)
            schools = read
            if let tally { tallies.append(tally) }
        }
        var instrument = Instrument(items: [])
        if required(InstrumentFile.name) {
            let (read, tally) = InstrumentFile.read(file(InstrumentFile.name), log: &log)
            instrument = read
            if let tally { tallies.append(tally) }
        }
        // Only the files `.everything` reads check ids against the schools.
        let schoolIDs = scope == .everything ? Set(schools.map(\.id)) : []
        var milestones: [Milestone] = []
        if scope == .everything && required(MilestonesFile.name) {
            let (read, tally) = MilestonesFile.read(
                file(MilestonesFile.name), schools: schoolIDs,
                stages: program.stages, log: &log)
            milestones = read
            if let tally { tallies.append(tally) }
        }
        var challenges: [Challenge] = []
        if scope == .everything && required(ChallengesFile.name) {
            let (read, tally) = ChallengesFile.read(file(ChallengesFile.name), schools: schoolIDs, log: &log)
            challenges = read
            if let tally { tallies.append(tally) }
        }
        var goals: [Goal] = []
        if scope == .everything && exists(GoalsFile.name) {
            let (read, tally) = GoalsFile.read(
                file(GoalsFile.name), scopes: schoolIDs.union(clusters.map(\.id)),
                instrument: instrument, log: &log)
            goals = read
            if let tally { tallies.append(tally) }
        }
        let clustersWithSchools = Set(schools.map(\.clusterID))
        for cluster in clusters where !clustersWithSchools.contains(cluster.id) {
            log.warning(ClustersFile.name, "cluster \"\(cluster.id)\" has no schools in schools.csv")
        }

        if pulseFiles.isEmpty {
            log.error("pulse", "no pulse files: a dataset needs pulse/*.csv")
        }
        self.pulseFiles = pulseFiles
        self.dataset = Dataset(
            program: program, clusters: clusters, schools: schools, instrument: instrument,
            milestones: milestones, challenges: challenges, goals: goals)
        self.log = log
        self.tallies = tallies
    }

    /// Streams every accepted response of every pulse file, in file order, to `each`; records the files'
    /// tallies and diagnostics. Call once.
    public mutating func readResponses(_ each: (Response) -> Void) {
        let reader = PulseFile(dataset: dataset)
        var seen = ResponseIDSet()
        for url in pulseFiles {
            let name = "pulse/" + url.lastPathComponent
            if let tally = reader.read(url, file: name, seenIDs: &seen, log: &log, each: each) {
                tallies.append(tally)
            }
        }
    }

    /// Folds every accepted response of every pulse file into `sink`; records the files' tallies and
    /// diagnostics. Call once.
    ///
    /// Same tallies, diagnostics and fold as `readResponses(_:)`, faster: a canonical file goes through
    /// the fast path (`CanonicalPulseFile`: bytes straight into the sink, parts on every core, the rows it
    /// declines read by `PulseFile` at their own lines); any other file is read by `PulseFile`, whose
    /// repeat check uses the same set of ids as the fast path.
    public mutating func readResponses<Sink: ResponseSink>(into sink: inout Sink) {
        let fast = CanonicalPulseFile(dataset: dataset)
        var seen = ResponseIDSet()
        for url in pulseFiles {
            let name = "pulse/" + url.lastPathComponent
            if let tally = fast.read(url, file: name, seen: &seen, log: &log, into: &sink) {
                tallies.append(tally)
                continue
            }
            if let tally = fast.plain.read(url, file: name, seenIDs: &seen, log: &log, each: { sink.add($0) }) {
                tallies.append(tally)
            }
        }
    }

    /// Rows read, accepted and rejected over every file read so far.
    public var total: FileTally {
        var sum = FileTally(file: "all files")
        for tally in tallies { sum.merge(tally) }
        return sum
    }
}
