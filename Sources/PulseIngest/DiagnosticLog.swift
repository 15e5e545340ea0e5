import PulseModel

/// Collects the diagnostics of a load with bounded memory: every diagnostic is counted, the first
/// `keepPerFile` of each file are kept for printing.
///
///     var log = DiagnosticLog()
///     log.error("schools.csv", line: 4, column: 3, "unknown cluster_id \"X\"")
///     log.errorCount   // 1
public struct DiagnosticLog: Sendable {
    public private(set) var kept: [Diagnostic] = []
    public private(set) var errorCount = 0
    public private(set) var warningCount = 0
    /// Diagnostics counted but not kept, by file.
    public private(set) var omitted: [String: Int] = [:]
    private var keptPerFile: [String: Int] = [:]
    private var omittedErrors = 0
    private var omittedWarnings = 0
    public let keepPerFile: Int

    public init(keepPerFile: Int = 200) {
        self.keepPerFile = keepPerFile
    }

    public mutating func add(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error { errorCount += 1 } else { warningCount += 1 }
        let count = keptPerFile[diagnostic.file, default: 0]
        if count < keepPerFile {
            kept.append(diagnostic)
            keptPerFile[diagnostic.file] = count + 1
        } else {
            omitted[diagnostic.file, default: 0] += 1
            if diagnostic.severity == .error { omittedErrors += 1 } else { omittedWarnings += 1 }
        }
    }

    public mutating func error(_ file: String, line: Int = 0, column: Int = 0, _ message: String) {
        add(Diagnostic(file: file, line: line, column: column, severity: .error, message: message))
    }

    public mutating func warning(_ file: String, line: Int = 0, column: Int = 0, _ message: String) {
        add(Diagnostic(file: file, line: line, column: column, severity: .warning, message: message))
    }

    /// Appends another log (e.g. one folded on another thread), keeping the caps.
    public mutating func merge(_ other: DiagnosticLog) {
        for d in other.kept { add(d) }
        omitted.merge(other.omitted, uniquingKeysWith: +)
        omittedErrors += other.omittedErrors
        omittedWarnings += other.omittedWarnings
        errorCount += other.omittedErrors
        warningCount += other.omittedWarnings
    }

    public var hasErrors: Bool { errorCount > 0 }
}
