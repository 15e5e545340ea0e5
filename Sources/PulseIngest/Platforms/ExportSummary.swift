/// What reading a survey platform's export found in its header: the layout, the columns it dropped and
/// how each question was matched. `pulse import` prints it.
public struct ExportSummary: Sendable {
    /// A question column and the instrument item it was matched to.
    public struct MatchedQuestion: Hashable, Sendable {
        public var header: String
        public var itemID: String
    }

    public var layout: PulseLayout
    /// Respondent identity columns (e-mail, names, IP address, location, recipient fields, external
    /// reference, custom data): their cells are never read.
    public var droppedIdentityColumns: [String] = []
    public var matchedQuestions: [MatchedQuestion] = []
    /// Question columns matched to no item (each also a warning on its header cell).
    public var unmatchedQuestions: [String] = []
    /// Where the school comes from: a column or question header, or `--school`.
    public var schoolSource: String?
    /// The role question's header, or nil when every role is "unspecified".
    public var roleSource: String?
    /// Responses left out because the platform marks them unfinished (Qualtrics `Finished` false).
    public var unfinished = 0

    public init(layout: PulseLayout) {
        self.layout = layout
    }
}
