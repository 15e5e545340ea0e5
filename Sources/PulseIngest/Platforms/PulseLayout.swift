import CSV
import Foundation

/// The layout of a pulse file: the canonical columns of PRODUCT.md, or a survey platform's own CSV export.
///
///     PulseLayout.detect(URL(fileURLWithPath: "pulse/march.csv"))   // .qualtrics
///     PulseLayout(rawValue: "google-forms")                        // .googleForms
public enum PulseLayout: String, CaseIterable, Sendable {
    /// `response_id,submitted_at,school_id,role,<item ids>,comment`.
    case canonical
    /// A Google Sheets CSV download of a form's responses: `Timestamp`, then one column per question.
    case googleForms = "google-forms"
    /// A Microsoft Forms Excel export saved as CSV: `ID`, `Start time`, `Completion time`, `Email`, `Name`, …
    case microsoftForms = "microsoft-forms"
    /// A Qualtrics export: column ids, question text, and (usually) an `{"ImportId":…}` row.
    case qualtrics
    /// A SurveyMonkey export: question text, then the answer-option row (`Response`, sub-questions, …).
    case surveyMonkey = "surveymonkey"

    /// The platform's name as people say it.
    public var displayName: String {
        switch self {
        case .canonical: return "canonical pulse layout"
        case .googleForms: return "Google Forms"
        case .microsoftForms: return "Microsoft Forms"
        case .qualtrics: return "Qualtrics"
        case .surveyMonkey: return "SurveyMonkey"
        }
    }

    /// Recognises a layout from the first record of a file (and the two after it, where Qualtrics puts its
    /// `ImportId` row). Returns nil when the header looks like none of the layouts.
    static func detect(header: [String], following: [[String]] = []) -> PulseLayout? {
        let exact = Set(header.map(Table.normalise))
        if exact.contains("response_id") && exact.contains("submitted_at") { return .canonical }
        let keys = Set(header.map(ColumnKey.of))
        let importIDs = following.contains { row in row.contains { $0.hasPrefix("{\"ImportId\"") } }
        if importIDs
            || keys.contains("responseid") && !keys.isDisjoint(with: ["startdate", "recordeddate", "finished"])
        {
            return .qualtrics
        }
        if keys.contains("respondentid") && keys.contains("collectorid") { return .surveyMonkey }
        if keys.contains("id") && keys.contains("starttime") && keys.contains("completiontime") {
            return .microsoftForms
        }
        if keys.contains("timestamp") { return .googleForms }
        return nil
    }

    /// Reads the first three records of a file and recognises its layout; nil when the file cannot be read
    /// or looks like none of the layouts.
    public static func detect(_ url: URL) -> PulseLayout? {
        guard let reader = try? CSVReader(url: url), let header = reader.next() else { return nil }
        var following: [[String]] = []
        while following.count < 2, let record = reader.next() { following.append(record.strings) }
        return detect(header: header.strings, following: following)
    }
}
