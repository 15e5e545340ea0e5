import Foundation
import PulseModel

/// Reads `schools.csv`: `school_id,name,cluster_id,level,staff_count`.
enum SchoolsFile {
    static let name = "schools.csv"

    static func read(_ url: URL, clusters: [Cluster], log: inout DiagnosticLog) -> ([School], FileTally?) {
        guard
            var table = Table(
                url: url, file: name, required: ["school_id", "name", "cluster_id", "level", "staff_count"],
                optional: [], log: &log)
        else { return ([], nil) }
        let clusterIDs = Set(clusters.map(\.id))
        var schools: [School] = []
        var seen: Set<String> = []
        // Each column's index, looked up once for the file rather than by name in every row.
        let (idColumn, nameColumn, clusterColumn, levelColumn, staffColumn) = (
            table.columns["school_id"], table.columns["name"], table.columns["cluster_id"], table.columns["level"],
            table.columns["staff_count"]
        )
        while let row = table.nextRow(log: &log) {
            var ok = true
            let id = row.text(at: idColumn)
            if id.isEmpty {
                row.error(at: idColumn, "blank school_id; row left out", log: &log)
                ok = false
            } else if seen.contains(id) {
                row.error(at: idColumn, "school_id \"\(id)\" repeated; row left out", log: &log)
                ok = false
            }
            let cluster = row.text(at: clusterColumn)
            if !clusterIDs.contains(cluster) {
                row.error(
                    at: clusterColumn, "unknown cluster_id \"\(cluster)\" (not in clusters.csv); row left out",
                    log: &log)
                ok = false
            }
            let levelText = row.text(at: levelColumn)
            let level = Values.choice(levelText, as: SchoolLevel.self)
            if level == nil {
                row.error(
                    at: levelColumn,
                    "level \"\(levelText)\" is not one of \(Values.list(SchoolLevel.self)); row left out", log: &log)
                ok = false
            }
            let staffText = row.text(at: staffColumn)
            let staff = Values.int(staffText)
            if staff == nil || staff! < 0 {
                row.error(
                    at: staffColumn, "staff_count \"\(staffText)\" is not a whole number ≥ 0; row left out", log: &log)
                ok = false
            }
            if ok, let level, let staff {
                seen.insert(id)
                let title = row.text(at: nameColumn)
                schools.append(
                    School(
                        id: id, name: title.isEmpty ? id : title, clusterID: cluster, level: level,
                        staffCount: staff))
            }
            table.settle(accepted: ok)
        }
        return (schools, table.tally)
    }
}
