import PulseModel

/// What each column of a platform export is for, decided once from its header rows.
///
/// Fixed platform columns are recognised by name (`ColumnKey`); identity columns are marked dropped;
/// every other column is a question, matched to an item by its text (`QuestionText.key` of the whole
/// header, a Google grid row, a Qualtrics matrix statement or a SurveyMonkey sub-question), else taken as
/// the school or role question when its text says so, else reported once as unmatched.
struct ExportColumns {
    enum Use: Equatable {
        case item(Int)
        case school, role, responseID, timestamp, finished, comment
        /// A platform column with nothing for the pulse (start time, progress, collector, …).
        case metadata
        case identity
        case unmatched
    }

    private(set) var uses: [Use]
    private(set) var summary: ExportSummary

    /// Platform columns that name a respondent. Never read, never written.
    static let identityKeys: Set<String> = [
        "email", "emailaddress", "name", "firstname", "lastname", "fullname", "ipaddress", "recipientlastname",
        "recipientfirstname", "recipientemail", "externalreference", "externaldatareference", "locationlatitude",
        "locationlongitude", "latitude", "longitude", "responder",
    ]

    /// Fixed columns of each platform and what they are for (other fixed columns are metadata).
    static func fixedUse(_ key: String, layout: PulseLayout) -> Use? {
        if identityKeys.contains(key) || key.hasPrefix("customdata") { return .identity }
        if let use = commonUse(key) { return use }
        switch (layout, key) {
        case (.canonical, "responseid"): return .responseID
        case (.canonical, "submittedat"): return .timestamp
        case (.googleForms, "timestamp"): return .timestamp
        case (.googleForms, "score"): return .metadata
        case (.microsoftForms, "id"): return .responseID
        case (.microsoftForms, "completiontime"): return .timestamp
        case (.microsoftForms, "starttime"), (.microsoftForms, "lastmodifiedtime"), (.microsoftForms, "totalpoints"),
            (.microsoftForms, "quizfeedback"):
            return .metadata
        case (.qualtrics, "responseid"): return .responseID
        case (.qualtrics, "enddate"): return .timestamp
        case (.qualtrics, "finished"): return .finished
        case (.qualtrics, "startdate"), (.qualtrics, "status"), (.qualtrics, "progress"),
            (.qualtrics, "durationinseconds"), (.qualtrics, "recordeddate"), (.qualtrics, "distributionchannel"),
            (.qualtrics, "userlanguage"):
            return .metadata
        case (.surveyMonkey, "respondentid"): return .responseID
        case (.surveyMonkey, "enddate"): return .timestamp
        case (.surveyMonkey, "collectorid"), (.surveyMonkey, "startdate"): return .metadata
        default: return nil
        }
    }

    /// Columns any layout may carry under these names (a Qualtrics question or embedded field too).
    static func commonUse(_ key: String) -> Use? {
        switch key {
        case "schoolid", "school": return .school
        case "role": return .role
        case "comment", "comments": return .comment
        default: return nil
        }
    }

    /// Labels of SurveyMonkey's answer-option row that mean "the question itself".
    static let plainAnswerLabels: Set<String> = ["response", "openended response", "other please specify"]

    /// Decides the columns. `names` are the platform's column names (Qualtrics: its column ids); `texts`
    /// are the question texts (Qualtrics: its second header row; SurveyMonkey: the question row carried
    /// over blank matrix cells); `subLabels` are SurveyMonkey's answer-option row.
    init(
        layout: PulseLayout, names: [String], texts: [String], subLabels: [String], items: [Item],
        schoolGiven: Bool
    ) {
        var summary = ExportSummary(layout: layout)
        var itemByKey: [String: Int] = [:]
        var itemByID: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            itemByKey[QuestionText.key(item.text)] = itemByKey[QuestionText.key(item.text)] ?? index
            itemByID[Table.normalise(item.id)] = index
        }
        var uses: [Use] = []
        var taken: Set<Int> = []
        for column in names.indices {
            let name = names[column]
            let text = texts[column]
            let sub =
                column < subLabels.count ? subLabels[column].trimmingCharacters(in: CharacterSets.whitespaces) : ""
            let shown = Self.displayName(text: text, sub: sub, name: name)
            if let use = Self.fixedUse(ColumnKey.of(name), layout: layout) ?? Self.commonUse(ColumnKey.of(text)) {
                uses.append(use)
                if use == .identity { summary.droppedIdentityColumns.append(shown) }
                continue
            }
            var candidates = [text]
            if !sub.isEmpty && !Self.plainAnswerLabels.contains(QuestionText.key(sub)) {
                candidates = [sub, "\(text) - \(sub)"]
            }
            let item =
                itemByID[Table.normalise(name)]
                ?? candidates.flatMap(QuestionText.candidates).lazy.compactMap { itemByKey[QuestionText.key($0)] }.first
            if let item, !taken.contains(item) {
                taken.insert(item)
                uses.append(.item(item))
                summary.matchedQuestions.append(.init(header: shown, itemID: items[item].id))
            } else if !uses.contains(.school) && QuestionText.mentions(text, "school") {
                uses.append(.school)
            } else if !uses.contains(.role) && QuestionText.mentions(text, "role") {
                uses.append(.role)
            } else {
                uses.append(.unmatched)
                summary.unmatchedQuestions.append(shown)
            }
        }
        // Qualtrics has a recorded date on every export and an end date on most: prefer the end date.
        if layout == .qualtrics && !uses.contains(.timestamp),
            let recorded = names.firstIndex(where: { ColumnKey.of($0) == "recordeddate" })
        {
            uses[recorded] = .timestamp
        }
        if let school = uses.firstIndex(of: .school) {
            summary.schoolSource = Self.displayName(text: texts[school], sub: "", name: names[school])
        } else if schoolGiven {
            summary.schoolSource = "--school"
        }
        if let role = uses.firstIndex(of: .role) {
            summary.roleSource = Self.displayName(text: texts[role], sub: "", name: names[role])
        }
        self.uses = uses
        self.summary = summary
    }

    /// How a column is named in messages: its question text, with a sub-question after " - ".
    static func displayName(text: String, sub: String, name: String) -> String {
        let base = text.trimmingCharacters(in: CharacterSets.whitespaces).isEmpty ? name : text
        if sub.isEmpty || plainAnswerLabels.contains(QuestionText.key(sub)) { return base }
        return "\(base) - \(sub)"
    }

    func first(_ use: Use) -> Int? { uses.firstIndex(of: use) }

    /// (column, item index) for every matched question.
    var itemColumns: [(column: Int, item: Int)] {
        uses.enumerated().compactMap { column, use in
            if case .item(let item) = use { return (column, item) }
            return nil
        }
    }
}
