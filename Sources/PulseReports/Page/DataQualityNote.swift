import Markup

/// The data-quality note every report carries: rows read, accepted and rejected, and why.
///
///     DataQualityNote(quality).render()
public struct DataQualityNote: Sendable {
    public var quality: DataQuality
    /// The most frequent reasons listed (the rest counted).
    public var reasonsShown: Int

    public init(_ quality: DataQuality, reasonsShown: Int = 8) {
        self.quality = quality
        self.reasonsShown = reasonsShown
    }

    public func render() -> Node {
        let files = DataTable(
            caption: "Rows per file",
            columns: [.text("File"), .number("Read"), .number("Accepted"), .number("Rejected")],
            rows: quality.files.map { file in
                [
                    file.file, Counting.thousands(file.read), Counting.thousands(file.accepted),
                    Counting.thousands(file.rejected),
                ].map(DataTable.Cell.text)
            })
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
            [.h3("Data quality"), .p(quality.summary)] + reasons + [
                .details(summary: "Rows per file", [files.render()])
            ])
    }
}
