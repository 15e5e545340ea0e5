import Markup

/// The data-quality note every report carries: rows read, accepted and rejected, and why.
///
///     DataQualityNote(quality).render()                                // on screen: rows per file folded
///     DataQualityNote(quality, files: .rejecting(atMost: 8)).render()  // on paper: files with rejected rows
public struct DataQualityNote: Sendable {
    /// How the rows per file are shown.
    public enum FileList: Sendable {
        /// Every file, in a closed `<details>`: for a page read on screen.
        case folded
        /// The files with rejected rows as a table, the most rejected first, at most this many (the rest
        /// counted): for a page meant for paper, where a fold cannot be opened (it prints as its summary
        /// alone) and a page has a fixed length.
        case rejecting(atMost: Int)
    }

    public var quality: DataQuality
    /// The most frequent reasons listed (the rest counted).
    public var reasonsShown: Int
    public var files: FileList

    public init(_ quality: DataQuality, reasonsShown: Int = 8, files: FileList = .folded) {
        self.quality = quality
        self.reasonsShown = reasonsShown
        self.files = files
    }

    public func render() -> Node {
        let reasons: [Node] =
            quality.reasons.isEmpty
            ? [.p(class: "note", "No problems were reported.")]
            : [
                .p(class: "note", "Why (each problem is reported with its file, line and column by pulse check):"),
                .list(
                    quality.reasons.prefix(reasonsShown).map { reason in
                        [.text("\(reason.severity.rawValue): \(reason.message) × \(Counting.thousands(reason.count))")]
                    }
                        + (quality.reasons.count > reasonsShown
                            ? [[.text("… and \(quality.reasons.count - reasonsShown) more kinds of problem")]] : [])),
            ]
        return .element(
            .aside, [Attribute(.class, "data-quality")],
            [.h3("Data quality"), .p(quality.summary)] + reasons + fileRows())
    }

    /// The rows per file: every file folded, or the files with rejected rows listed and the rest counted.
    private func fileRows() -> [Node] {
        var shown = quality.files
        var rest = 0
        if case .rejecting(let most) = files {
            let rejecting = quality.files.enumerated().filter { $0.element.rejected > 0 }
                .sorted { ($1.element.rejected, $0.offset) < ($0.element.rejected, $1.offset) }.map(\.element)
            shown = Array(rejecting.prefix(max(most, 0)))
            rest = rejecting.count - shown.count
        }
        let table = DataTable(
            caption: files.isFolded ? "Rows per file" : "Files with rejected rows",
            columns: [.text("File"), .number("Read"), .number("Accepted"), .number("Rejected")],
            rows: shown.map { file in
                [
                    file.file, Counting.thousands(file.read), Counting.thousands(file.accepted),
                    Counting.thousands(file.rejected),
                ].map(DataTable.Cell.text)
            }
        ).render()
        if files.isFolded { return [.details(summary: "Rows per file", [table])] }
        guard !shown.isEmpty else { return [] }  // the summary says that no row was rejected
        let more = rest == 1 ? "1 more file" : "\(rest) more files"
        return [table] + (rest > 0 ? [.p(class: "note", "… and \(more) with rejected rows: see pulse check.")] : [])
    }
}

extension DataQualityNote.FileList {
    fileprivate var isFolded: Bool {
        if case .folded = self { return true }
        return false
    }
}
