import PulseModel

/// What a report says about the input: rows read, accepted and rejected per file, and why rows or cells
/// were rejected.
///
/// Built by the command from the loader's tallies and diagnostics (PulseReports does not depend on
/// PulseIngest), e.g.
///
///     DataQuality(files: folder.tallies.map { .init(file: $0.file, read: $0.read, accepted: $0.accepted,
///                                                    rejected: $0.rejected) },
///                 errors: log.errorCount, warnings: log.warningCount, diagnostics: log.kept)
public struct DataQuality: Hashable, Sendable {
    /// The row counts of one file; `accepted + rejected == read`.
    public struct FileRows: Hashable, Sendable {
        public var file: String
        public var read: Int
        public var accepted: Int
        public var rejected: Int

        public init(file: String, read: Int, accepted: Int, rejected: Int) {
            self.file = file
            self.read = read
            self.accepted = accepted
            self.rejected = rejected
        }
    }

    /// A kind of problem and how often it was reported, e.g. `unknown school "…"` × 3.
    public struct Reason: Hashable, Sendable {
        public var severity: Diagnostic.Severity
        /// The diagnostic message with quoted values replaced by "…".
        public var message: String
        public var count: Int
    }

    public var files: [FileRows]
    public var errors: Int
    public var warnings: Int
    /// The problems, most frequent first (errors before warnings on ties), from the diagnostics given.
    public var reasons: [Reason]

    public init(files: [FileRows], errors: Int, warnings: Int, diagnostics: [Diagnostic]) {
        self.files = files
        self.errors = errors
        self.warnings = warnings
        var counts: [Reason: Int] = [:]
        for diagnostic in diagnostics {
            let kind = Reason(severity: diagnostic.severity, message: Self.pattern(diagnostic.message), count: 0)
            counts[kind, default: 0] += 1
        }
        reasons = counts.map { Reason(severity: $0.key.severity, message: $0.key.message, count: $0.value) }
            .sorted { ($1.count, $1.severity, $0.message) < ($0.count, $0.severity, $1.message) }
    }

    /// Rows read over all files.
    public var read: Int { files.reduce(0) { $0 + $1.read } }
    public var accepted: Int { files.reduce(0) { $0 + $1.accepted } }
    public var rejected: Int { files.reduce(0) { $0 + $1.rejected } }

    /// A one-sentence summary, e.g. "11,172 rows read: 11,160 accepted, 12 rejected; 12 errors, 0 warnings."
    public var summary: String {
        "\(Counting.thousands(read)) rows read: \(Counting.thousands(accepted)) accepted, "
            + "\(Counting.thousands(rejected)) rejected; \(Counting.plural(errors, "error")), "
            + "\(Counting.plural(warnings, "warning"))."
    }

    /// The message with every double-quoted value replaced by "…", so like problems group together.
    static func pattern(_ message: String) -> String {
        var out = ""
        var inQuote = false
        for character in message {
            if character == "\"" {
                if !inQuote { out += "\"…\"" }
                inQuote.toggle()
            } else if !inQuote {
                out.append(character)
            }
        }
        return out
    }
}
