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

    /// The `|`-separated entries of a text, each trimmed of spaces and tabs, blanks left out. An ASCII
    /// text is split and trimmed on its bytes, one `String` made per entry: the same entries as splitting
    /// its characters (no ASCII character but CR LF is more than one byte) and trimming them of
    /// `CharacterSets.whitespaces` (whose only ASCII members are the space and the tab).
    static func list(_ text: String) -> [String] {
        var text = text
        let asciiEntries: [String]? = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
            var entries: [String] = []
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "|") { end += 1 }
                var (first, last) = (start, end)
                while first < last && isBlank(bytes[first]) { first += 1 }
                while last > first && isBlank(bytes[last - 1]) { last -= 1 }
                if first < last {
                    entries.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self))
                }
                start = end + 1
            }
            return entries
        }
        return asciiEntries ?? text.split(separator: "|").map(\.trimmedOfSpacesAndTabs).filter { !$0.isEmpty }
    }
}
