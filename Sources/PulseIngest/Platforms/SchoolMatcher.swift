import PulseModel

/// The school a survey platform export names in a cell: a `school_id` or a school's name, compared as
/// `QuestionText.key` compares texts (case, curly quotes and spaces evened out; an id wins over a name).
///
/// `school(_:)` remembers the school of each cell text it has matched: an export names the same few
/// schools on row after row, and the key's Unicode folding was about a sixth of the time of reading one.
/// At most `rememberedAtMost` texts are kept, so that a file of ever new texts cannot grow it without end.
///
///     var schools = SchoolMatcher(dataset.schools)
///     schools.school("Carver Elementary")   // its index, as for "carver  elementary"
struct SchoolMatcher {
    private let index: [String: Int]
    /// The school of each cell text matched so far; -1: none.
    private var remembered: [String: Int] = [:]

    static let rememberedAtMost = 10_000

    init(_ schools: [School]) {
        var index: [String: Int] = [:]
        for (i, school) in schools.enumerated() {
            index[QuestionText.key(school.name)] = index[QuestionText.key(school.name)] ?? i
        }
        for (i, school) in schools.enumerated() { index[QuestionText.key(school.id)] = i }
        self.index = index
    }

    /// The index of the school `text` names, nil for none.
    func lookUp(_ text: String) -> Int? { index[QuestionText.key(text)] }

    /// `lookUp(_:)`, remembered.
    mutating func school(_ text: String) -> Int? {
        if let known = remembered[text] { return known >= 0 ? known : nil }
        let school = lookUp(text)
        if remembered.count < Self.rememberedAtMost { remembered[text] = school ?? -1 }
        return school
    }
}
