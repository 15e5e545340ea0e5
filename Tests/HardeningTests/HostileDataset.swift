import Foundation
import PulseIngest
import PulseModel

/// A dataset with `HostileText` in every text field (each text in each field, row by row) and hostile
/// ids, written as a dataset folder by the toolkit's own writers (`CanonicalFiles`, `PulseCSVWriter`).
///
///     let hostile = HostileDataset()
///     let folder = try hostile.write()           // a fresh temporary folder
///     var opened = try DatasetFolder(folder)
struct HostileDataset {
    let dataset: Dataset
    let responses: [Response]

    /// Ids that are paths, device names, markup, formulas or nothing but symbols; all unique.
    static let schoolIDs = [
        "../x", "a/b", "CON", "nul.txt", "<script>", "=1+1", "-S", "@home", "Ünïcödé", "s 1", "S-1", "..",
        String(repeating: "x", count: 300), "👩🏽‍🏫", "a\\b", "?*:|\"", "S1", "s1", "'quoted'",
    ]
    static let clusterIDs = ["../cluster", "<b>c</b>", "=c", "C/2"]
    static let months = [Month(year: 2026, month: 2), Month(year: 2026, month: 3)]
    static let responsesPerSchoolMonth = 6

    init() {
        let texts = HostileText.all
        func text(_ row: Int, _ field: Int) -> String { texts[(row + field) % texts.count] }
        let clusters = Self.clusterIDs.enumerated().map { i, id in
            Cluster(
                id: id, name: text(i, 0), chair: text(i, 1), vision: text(i, 2), mission: text(i, 3),
                signatureProgram: text(i, 4),
                // Priorities are "|"-separated: a text holding "|" cannot be one.
                priorities: [text(i, 5), text(i, 6), text(i, 7)].filter { !$0.contains("|") })
        }
        // More clusters so that every text is a cluster name, chair, … once.
        let moreClusters = (Self.clusterIDs.count..<texts.count).map { i in
            Cluster(
                id: "c\(i)", name: text(i, 0), chair: text(i, 1), vision: text(i, 2), mission: text(i, 3),
                signatureProgram: text(i, 4), priorities: [text(i, 5)].filter { !$0.contains("|") })
        }
        let allClusters = clusters + moreClusters
        let schools = Self.schoolIDs.enumerated().map { i, id in
            School(
                id: id, name: text(i, 8), clusterID: allClusters[i % allClusters.count].id,
                level: SchoolLevel.allCases[i % SchoolLevel.allCases.count], staffCount: 10 + i)
        }
        // One dimension per text; its two items' ids are formulas and markup too.
        let items = texts.indices.flatMap { i in
            [
                Item(id: i == 0 ? "=q0" : "q\(i)a", dimension: texts[i], text: text(i, 9)),
                Item(id: i == 0 ? "<i>q0</i>" : "q\(i)b", dimension: texts[i], text: text(i, 10), reverse: true),
            ]
        }
        let stages = [1, 2, 3]
        let milestones = schools.indices.map { i in
            Milestone(
                schoolID: schools[i].id, stage: stages[i % 3], activity: text(i, 11),
                due: Day(year: 2026, month: 4, day: 30)!,
                completed: i % 2 == 0 ? Day(year: 2026, month: 3, day: 9)! : nil,
                status: i % 2 == 0 ? .done : .atRisk, notes: text(i, 12))
        }
        let challenges = schools.indices.map { i in
            Challenge(
                raised: Day(year: 2026, month: 2, day: 1 + i)!, schoolID: schools[i].id,
                kind: i % 2 == 0 ? .internal : .external, category: text(i, 13), summary: text(i, 14),
                level: EscalationLevel.allCases[i % 3], status: i % 3 == 2 ? .resolved : .open,
                resolved: i % 3 == 2 ? Day(year: 2026, month: 3, day: 1)! : nil)
        }
        dataset = Dataset(
            program: Program(name: HostileText.scriptTag, startMonth: Self.months[0]), clusters: allClusters,
            schools: schools, instrument: Instrument(items: items), milestones: milestones,
            challenges: challenges)

        var responses: [Response] = []
        for (m, month) in Self.months.enumerated() {
            for school in schools.indices {
                for k in 0..<Self.responsesPerSchoolMonth {
                    let n = responses.count
                    responses.append(
                        Response(
                            id: k == 0 ? "=r\(n)" : "r\(n)",
                            submitted: Day(year: month.year, month: month.month, day: 3 + k)!,
                            schoolIndex: school, role: k < 3 ? "teacher" : text(school + m, 15),
                            answers: items.indices.map { Int8(1 + (n + $0) % 5) },
                            // Comments keep their spaces and may start with a tab or CR formula.
                            comment: k == 1 ? HostileText.formulas[(n / 6) % HostileText.formulas.count] : text(n, 16)))
                }
            }
        }
        self.responses = responses
    }

    /// Writes the dataset folder into a new temporary directory and returns its URL.
    func write() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("pulse"), withIntermediateDirectories: true)
        let files: [(String, [UInt8])] = [
            ("program.json", CanonicalFiles.program(dataset.program)),
            ("clusters.csv", CanonicalFiles.clusters(dataset.clusters)),
            ("schools.csv", CanonicalFiles.schools(dataset.schools)),
            ("instrument.csv", CanonicalFiles.instrument(dataset.instrument)),
            ("milestones.csv", CanonicalFiles.milestones(dataset.milestones)),
            ("challenges.csv", CanonicalFiles.challenges(dataset.challenges)),
        ]
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        for month in Self.months {
            var pulse = PulseCSVWriter(dataset: dataset)
            for response in responses where response.month == month { pulse.append(response) }
            try Data(pulse.bytes).write(to: folder.appendingPathComponent("pulse/\(month).csv"))
        }
        return folder
    }
}
