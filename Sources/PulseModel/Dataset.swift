/// Everything of a dataset folder except the pulse responses, which are streamed (never held).
public struct Dataset: Sendable {
    public var program: Program
    public var clusters: [Cluster]
    public var schools: [School]
    public var instrument: Instrument
    public var milestones: [Milestone]
    public var challenges: [Challenge]
    public var goals: [Goal]

    public init(
        program: Program, clusters: [Cluster], schools: [School], instrument: Instrument,
        milestones: [Milestone] = [], challenges: [Challenge] = [], goals: [Goal] = []
    ) {
        self.program = program
        self.clusters = clusters
        self.schools = schools
        self.instrument = instrument
        self.milestones = milestones
        self.challenges = challenges
        self.goals = goals
    }

    public func school(id: String) -> School? { schools.first { $0.id == id } }
    public func cluster(id: String) -> Cluster? { clusters.first { $0.id == id } }
    public func schools(inCluster id: String) -> [School] { schools.filter { $0.clusterID == id } }
}
