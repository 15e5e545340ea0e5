import Foundation
import PulseModel

/// Reads `clusters.csv`: `cluster_id,name,chair,vision,mission,signature_program,priorities`
/// (priorities `|`-separated, in order).
enum ClustersFile {
    static let name = "clusters.csv"

    static func read(_ url: URL, log: inout DiagnosticLog) -> ([Cluster], FileTally?) {
        guard
            var table = Table(
                url: url, file: name, required: ["cluster_id", "name"],
                optional: ["chair", "vision", "mission", "signature_program", "priorities"], log: &log)
        else { return ([], nil) }
        var clusters: [Cluster] = []
        var seen: Set<String> = []
        // Each column's index, looked up once for the file rather than by name in every row.
        let columns = table.columns
        let (idColumn, nameColumn, chairColumn, visionColumn) = (
            columns["cluster_id"], columns["name"], columns["chair"], columns["vision"]
        )
        let (missionColumn, programColumn, prioritiesColumn) = (
            columns["mission"], columns["signature_program"], columns["priorities"]
        )
        while let row = table.nextRow(log: &log) {
            let id = row.text(at: idColumn)
            guard !id.isEmpty else {
                row.error(at: idColumn, "blank cluster_id; row left out", log: &log)
                table.settle(accepted: false)
                continue
            }
            guard seen.insert(id).inserted else {
                row.error(at: idColumn, "cluster_id \"\(id)\" repeated; row left out", log: &log)
                table.settle(accepted: false)
                continue
            }
            let priorities = Self.list(row.text(at: prioritiesColumn))
            let title = row.text(at: nameColumn)
            clusters.append(
                Cluster(
                    id: id, name: title.isEmpty ? id : title, chair: row.text(at: chairColumn),
                    vision: row.text(at: visionColumn), mission: row.text(at: missionColumn),
                    signatureProgram: row.text(at: programColumn), priorities: priorities))
            table.settle(accepted: true)
        }
        return (clusters, table.tally)
    }

    /// The `|`-separated entries of a text, each trimmed, blanks left out. An ASCII text is split on its
    /// bytes: the same pieces as splitting its characters (no ASCII character but CR LF is more than
    /// one byte), without finding grapheme boundaries.
    static func list(_ text: String) -> [String] {
        let pieces: [String] =
            text.utf8.allSatisfy({ $0 < 0x80 })
            ? text.utf8.split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
            : text.split(separator: "|").map(String.init)
        return pieces.map(\.trimmedOfSpacesAndTabs).filter { !$0.isEmpty }
    }
}
