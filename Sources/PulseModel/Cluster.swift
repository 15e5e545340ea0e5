/// A cluster: a high school and its feeder schools, led by a chair (`clusters.csv`).
public struct Cluster: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var chair: String
    public var vision: String
    public var mission: String
    public var signatureProgram: String
    /// In order of priority.
    public var priorities: [String]

    public init(
        id: String, name: String, chair: String = "", vision: String = "", mission: String = "",
        signatureProgram: String = "", priorities: [String] = []
    ) {
        self.id = id
        self.name = name
        self.chair = chair
        self.vision = vision
        self.mission = mission
        self.signatureProgram = signatureProgram
        self.priorities = priorities
    }
}
