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
        while let row = table.nextRow(log: &log) {
            let id = row.text("cluster_id")
            guard !id.isEmpty else {
                row.error("cluster_id", "blank cluster_id; row left out", log: &log)
                table.settle(accepted: false)
                continue
            }
            guard seen.insert(id).inserted else {
                row.error("cluster_id", "cluster_id \"\(id)\" repeated; row left out", log: &log)
                table.settle(accepted: false)
                continue
            }
            let priorities = row.text("priorities").split(separator: "|")
                .map { $0.trimming(CharacterSets.whitespaces) }.filter { !$0.isEmpty }
            let title = row.text("name")
            clusters.append(
                Cluster(
                    id: id, name: title.isEmpty ? id : title, chair: row.text("chair"),
                    vision: row.text("vision"), mission: row.text("mission"),
                    signatureProgram: row.text("signature_program"), priorities: priorities))
            table.settle(accepted: true)
        }
        return (clusters, table.tally)
    }
}
