import CSV
import Foundation
import PulseModel

/// The files of a dataset folder in the canonical layout of PRODUCT.md, as bytes (writing them to disk
/// is the caller's job). Text cells are formula-safe; reading them back gives the same dataset.
public enum CanonicalFiles {
    public static func program(_ program: Program) -> [UInt8] {
        let object: [String: Any] = [
            "name": program.name,
            "start_month": program.startMonth.description,
            "min_group_size": program.minGroupSize,
            "stages": program.stages.map {
                ["stage": $0.number, "name": $0.name, "first_month": $0.firstMonth, "last_month": $0.lastMonth]
                    as [String: Any]
            },
            "scale": ["min": program.scale.min, "max": program.scale.max, "labels": program.scale.labels]
                as [String: Any],
        ]
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return Array(data) + [10]
    }

    public static func clusters(_ clusters: [Cluster]) -> [UInt8] {
        table(
            ["cluster_id", "name", "chair", "vision", "mission", "signature_program", "priorities"],
            clusters.map {
                [
                    .text($0.id), .text($0.name), .text($0.chair), .text($0.vision), .text($0.mission),
                    .text($0.signatureProgram),
                    .text($0.priorities.joined(separator: "|")),
                ]
            })
    }

    public static func schools(_ schools: [School]) -> [UInt8] {
        table(
            ["school_id", "name", "cluster_id", "level", "staff_count"],
            schools.map {
                [.text($0.id), .text($0.name), .text($0.clusterID), .text($0.level.rawValue), .int($0.staffCount)]
            })
    }

    public static func instrument(_ instrument: Instrument) -> [UInt8] {
        table(
            ["item_id", "dimension", "text", "scale_min", "scale_max", "reverse", "favorable_min"],
            instrument.items.map {
                [
                    .text($0.id), .text($0.dimension), .text($0.text), .int($0.scaleMin), .int($0.scaleMax),
                    .int($0.reverse ? 1 : 0),
                    .int($0.favorableMin),
                ]
            })
    }

    public static func milestones(_ milestones: [Milestone]) -> [UInt8] {
        table(
            ["school_id", "stage", "activity", "due", "completed", "status", "notes"],
            milestones.map {
                [
                    .text($0.schoolID), .int($0.stage), .text($0.activity), .text($0.due.description),
                    .text($0.completed?.description ?? ""), .text($0.status.rawValue), .text($0.notes),
                ]
            })
    }

    public static func challenges(_ challenges: [Challenge]) -> [UInt8] {
        table(
            ["raised", "school_id", "kind", "category", "summary", "level", "status", "resolved"],
            challenges.map {
                [
                    .text($0.raised.description), .text($0.schoolID), .text($0.kind.rawValue), .text($0.category),
                    .text($0.summary),
                    .text($0.level.rawValue), .text($0.status.rawValue), .text($0.resolved?.description ?? ""),
                ]
            })
    }

    public static func goals(_ goals: [Goal]) -> [UInt8] {
        table(
            ["scope_id", "measure", "metric", "target", "due"],
            goals.map {
                [
                    .text($0.scopeID), .text($0.measure), .text($0.metric.rawValue), .double($0.target),
                    .text($0.due.description),
                ]
            })
    }

    static func table(_ header: [String], _ rows: [[CSVCell]]) -> [UInt8] {
        var writer = CSVWriter()
        writer.writeRow(header.map { .text($0) })
        for row in rows { writer.writeRow(row) }
        return writer.bytes
    }
}

/// Writes pulse responses in the canonical layout, one row at a time.
///
///     var pulse = PulseCSVWriter(dataset: dataset)
///     pulse.append(response)
///     try Data(pulse.bytes).write(to: url)
public struct PulseCSVWriter {
    private var writer = CSVWriter()
    private let dataset: Dataset

    public init(dataset: Dataset) {
        self.dataset = dataset
        writer.writeRow(
            (["response_id", "submitted_at", "school_id", "role"] + dataset.instrument.items.map(\.id) + ["comment"])
                .map { .text($0) })
    }

    /// Appends a response; `submittedAt` overrides the written timestamp (default: the date at 08:00 UTC).
    public mutating func append(_ response: Response, submittedAt: String? = nil) {
        var cells: [CSVCell] = [
            .text(response.id), .text(submittedAt ?? "\(response.submitted)T08:00:00Z"),
            .text(dataset.schools[response.schoolIndex].id), .text(response.role),
        ]
        for answer in response.answers {
            cells.append(answer == Response.skipped ? .empty : .int(Int(answer)))
        }
        cells.append(.text(response.comment))
        writer.writeRow(cells)
    }

    public var bytes: [UInt8] { writer.bytes }
}
