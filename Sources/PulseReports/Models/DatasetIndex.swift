import PulseModel

/// The dataset's records by school id, made once per `ReportInput`, so a model of one school or cluster
/// looks its records up instead of scanning every school, milestone and challenge of the program (a
/// dashboard makes such a model for every page).
///
/// Records of one school keep the dataset's order; ids that repeat keep their first school and name.
struct DatasetIndex: Sendable {
    private(set) var schoolNames: [String: String] = [:]
    private var clusterOfSchool: [String: String] = [:]
    /// Staff per school id (summed over the rows that share an id).
    private var staffOfSchool: [String: Int] = [:]
    private var milestones: [String: [Milestone]] = [:]
    private var challenges: [String: [Challenge]] = [:]

    init(_ dataset: Dataset) {
        schoolNames = Dictionary(dataset.schools.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        clusterOfSchool = Dictionary(
            dataset.schools.map { ($0.id, $0.clusterID) }, uniquingKeysWith: { first, _ in first })
        staffOfSchool = Dictionary(dataset.schools.map { ($0.id, $0.staffCount) }, uniquingKeysWith: +)
        milestones = Dictionary(grouping: dataset.milestones, by: \.schoolID)
        challenges = Dictionary(grouping: dataset.challenges, by: \.schoolID)
    }

    /// The cluster of a school; nil for an unknown school.
    func clusterID(ofSchool id: String) -> String? { clusterOfSchool[id] }

    /// The staff of the schools with these ids, each id counted once.
    func staff(ofSchools ids: Set<String>) -> Int { ids.reduce(0) { $0 + (staffOfSchool[$1] ?? 0) } }

    /// The milestones of the schools `ids` (each school once), school by school in the order of `ids`,
    /// in dataset order within a school.
    func milestones(of ids: [String]) -> [Milestone] { Self.once(ids).flatMap { milestones[$0] ?? [] } }

    /// The challenges of the schools `ids`, in the same order.
    func challenges(of ids: [String]) -> [Challenge] { Self.once(ids).flatMap { challenges[$0] ?? [] } }

    /// `ids` without repeats, first occurrences in order.
    private static func once(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
