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
        while let row = table.nextRow(log: &log) {
            var ok = true
            let id = row.text("school_id")
            if id.isEmpty {
                row.error("school_id", "blank school_id; row left out", log: &log)
                ok = false
            } else if seen.contains(id) {
                row.error("school_id", "school_id \"\(id)\" repeated; row left out", log: &log)
                ok = false
            }
            let cluster = row.text("cluster_id")
            if !clusterIDs.contains(cluster) {
                row.error(
                    "cluster_id", "unknown cluster_id \"\(cluster)\" (not in clusters.csv); row left out", log: &log)
                ok = false
            }
            let level = Values.choice(row.text("level"), as: SchoolLevel.self)
            if level == nil {
                row.error(
                    "level",
                    "level \"\(row.text("level"))\" is not one of \(Values.list(SchoolLevel.self)); row left out",
                    log: &log)
                ok = false
            }
            let staff = Values.int(row.text("staff_count"))
            if staff == nil || staff! < 0 {
                row.error(
                    "staff_count", "staff_count \"\(row.text("staff_count"))\" is not a whole number ≥ 0; row left out",
                    log: &log)
                ok = false
            }
            if ok, let level, let staff {
                seen.insert(id)
                let title = row.text("name")
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
