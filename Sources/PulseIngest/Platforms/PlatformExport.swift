import CSV
import Foundation
import PulseModel

/// Streams the responses of a survey platform's CSV export (Google Forms, Microsoft Forms, Qualtrics,
/// SurveyMonkey) as `Response`s, exactly as `PulseFile` streams a canonical file, so the statistics never
/// know where a response came from.
///
/// Header rows are read first (`ExportColumns`): identity columns are dropped unread, each question column
/// matched to an item or reported once on its header cell. Each row then gives a response:
/// - id: the platform's id column (Qualtrics `ResponseId`, SurveyMonkey `Respondent ID`); Microsoft Forms
///   numbers responses per form, so its `ID` is prefixed with the file's name; Google Forms has none, so
///   the id is the file's name and the line (`march-L12`);
/// - month: the date of the platform's timestamp as written (`PlatformTimestamp`);
/// - school: a `school_id`/`school` column or a school question (ids or names), else `defaultSchool`;
/// - role: the role question as written, else "unspecified";
/// - answers: numbers or scale labels; an unreadable answer is an error on its cell, left blank.
///
/// Rows that cannot be placed are reported and left out, as in the canonical layout; unfinished Qualtrics
/// responses are left out and counted in one warning.
///
///     let export = PlatformExport(dataset: dataset, layout: .qualtrics)
///     let tally = export.read(url, file: "pulse/march.csv", seenIDs: &seen, log: &log) { fold.add($0) }
public struct PlatformExport {
    public let dataset: Dataset
    public let layout: PulseLayout
    /// The school of every response when the export has no school column or question (`--school`).
    public let defaultSchool: String?
    private let schools: SchoolMatcher
    private let answers: AnswerReader

    public init(dataset: Dataset, layout: PulseLayout, defaultSchool: String? = nil) {
        self.dataset = dataset
        self.layout = layout
        self.defaultSchool = defaultSchool
        self.schools = SchoolMatcher(dataset.schools)
        self.answers = AnswerReader(platformScale: dataset.program.scale)
    }

    /// The number of header rows before the first response, and the rows that name the columns.
    private struct Header {
        var names: [String] = []
        var texts: [String] = []
        var subLabels: [String] = []
        /// The record holding the question text, for the position of an unmatched question.
        var questionRecord: CSVRecord?
        /// SurveyMonkey's answer-option record, where a matrix's sub-questions are written.
        var subRecord: CSVRecord?
    }

    /// Reads the export, streaming every accepted response to `each`; returns the file's tally (nil when
    /// the file cannot be opened) and the summary of its header.
    public func read(
        _ url: URL, file: String, seenIDs: inout ResponseIDSet, log: inout DiagnosticLog,
        each: (Response) -> Void
    ) -> (tally: FileTally, summary: ExportSummary)? {
        guard let reader = try? CSVReader(url: url) else {
            log.error(file, "cannot open the file")
            return nil
        }
        var tally = FileTally(file: file)
        var pending: CSVRecord?
        guard let header = readHeader(reader, file: file, pending: &pending, log: &log) else {
            Table.report(reader.fileIssues, file: file, log: &log)
            log.warning(file, "empty file")
            return (tally, ExportSummary(layout: layout))
        }
        let columns = ExportColumns(
            layout: layout, names: header.names, texts: header.texts,
            subLabels: header.subLabels, items: dataset.instrument.items,
            schoolGiven: defaultSchool != nil)
        let usable = checkHeader(columns, header: header, file: file, log: &log)
        let defaultIndex = defaultSchool.flatMap(schools.lookUp)
        var schools = self.schools  // remembers this file's school cells
        let stem = url.deletingPathExtension().lastPathComponent
        let itemColumns = columns.itemColumns
        var unfinished = 0
        while let record = pending ?? reader.next() {
            pending = nil
            Table.report(record.issues, file: file, log: &log)
            if record.isRejected || !usable {
                tally.reject()
                continue
            }
            if record.count != header.names.count {
                log.error(
                    file, line: record.line, column: min(record.count, header.names.count) + 1,
                    "row has \(record.count) field(s), the header has \(header.names.count); row left out")
                tally.reject()
                continue
            }
            func text(_ use: ExportColumns.Use) -> String {
                guard let column = columns.first(use) else { return "" }
                return record.string(column).trimmedOfWhitespace
            }
            func error(_ use: ExportColumns.Use, _ message: String) {
                let (line, column) = columns.first(use).map(record.position) ?? (record.line, 0)
                log.error(file, line: line, column: column, message)
            }
            if !text(.finished).isEmpty, Values.flag(text(.finished)) == false {
                unfinished += 1
                tally.reject()
                continue
            }
            var ok = true
            let id: String
            switch layout {
            case .googleForms: id = "\(stem)-L\(record.line)"
            case .microsoftForms: id = text(.responseID).isEmpty ? "" : "\(stem)-\(text(.responseID))"
            case .canonical, .qualtrics, .surveyMonkey: id = text(.responseID)
            }
            if id.isEmpty {
                error(.responseID, "blank response id; row left out")
                ok = false
            } else if seenIDs.contains(id) {
                error(.responseID, "response id \"\(id)\" already used; this repeat is left out")
                ok = false
            }
            let submitted = PlatformTimestamp.day(text(.timestamp))
            if submitted == nil {
                error(
                    .timestamp,
                    "timestamp \"\(text(.timestamp))\" is not a date this reader knows "
                        + "(ISO 8601, 2026/03/14 8:15:02 AM GMT+11 or US 3/14/2026 8:15:02); row left out")
                ok = false
            }
            let school = columns.first(.school) == nil ? defaultIndex : schools.school(text(.school))
            if school == nil && columns.first(.school) != nil {
                error(
                    .school,
                    "unknown school \"\(text(.school))\" (neither a school_id nor a name in schools.csv); "
                        + "row left out")
                ok = false
            }
            guard ok, let submitted, let school else {
                tally.reject()
                continue
            }
            var values = [Int8](repeating: Response.skipped, count: dataset.instrument.items.count)
            for (column, item) in itemColumns {
                let cell = record.string(column).trimmedOfWhitespace
                switch read(cell, item: dataset.instrument.items[item]) {
                case .skipped: break
                case .answer(let value): values[item] = value
                case .invalid(let message):
                    let (line, col) = record.position(column)
                    log.error(file, line: line, column: col, message)
                }
            }
            seenIDs.insert(id)
            let role = text(.role)
            let comment = columns.first(.comment).map(record.string) ?? ""
            each(
                Response(
                    id: id, submitted: submitted, schoolIndex: school, role: role.isEmpty ? "unspecified" : role,
                    answers: values, comment: comment))
            tally.accept()
        }
        Table.report(reader.fileIssues, file: file, log: &log)
        if unfinished > 0 {
            log.warning(file, "\(unfinished) unfinished response(s) (Finished = false) left out")
        }
        var summary = columns.summary
        summary.unfinished = unfinished
        return (tally, summary)
    }

    /// An answer as written, else the same text with case, curly quotes and spaces evened out; the error
    /// names the answer as written.
    private func read(_ cell: String, item: Item) -> AnswerReader.Outcome {
        let outcome = answers.read(cell, item: item)
        guard case .invalid = outcome else { return outcome }
        if case .answer(let value) = answers.read(QuestionText.answer(cell), item: item) { return .answer(value) }
        return outcome
    }

    /// Reads the header rows of the layout. Qualtrics: column ids, question text and, when present, the
    /// `{"ImportId":…}` row; SurveyMonkey: question text (carried over a matrix's blank cells) and the
    /// answer-option row; the others: one row.
    private func readHeader(
        _ reader: CSVReader, file: String, pending: inout CSVRecord?,
        log: inout DiagnosticLog
    ) -> Header? {
        guard let first = reader.next() else { return nil }
        Table.report(first.issues, file: file, log: &log)
        var header = Header(names: first.strings, texts: first.strings, questionRecord: first)
        switch layout {
        case .qualtrics:
            guard let questions = reader.next() else { break }
            Table.report(questions.issues, file: file, log: &log)
            header.texts = (0..<first.count).map { $0 < questions.count ? questions.string($0) : "" }
            header.questionRecord = questions
            if let third = reader.next() {
                if third.strings.contains(where: { $0.hasPrefix("{\"ImportId\"") }) {
                    Table.report(third.issues, file: file, log: &log)
                } else {
                    pending = third
                }
            }
        case .surveyMonkey:
            var carried = ""
            header.texts = first.strings.map { cell in
                if !cell.trimmingCharacters(in: CharacterSets.whitespaces).isEmpty { carried = cell }
                return carried
            }
            if let options = reader.next() {
                Table.report(options.issues, file: file, log: &log)
                header.subLabels = options.strings
                header.subRecord = options
            }
        case .canonical, .googleForms, .microsoftForms:
            break
        }
        return header
    }

    /// Reports the header's findings; false when no row can be placed (no timestamp or no school).
    private func checkHeader(
        _ columns: ExportColumns, header: Header, file: String,
        log: inout DiagnosticLog
    ) -> Bool {
        let summary = columns.summary
        if !summary.droppedIdentityColumns.isEmpty {
            log.warning(
                file, line: 1,
                "identity column(s) dropped unread: "
                    + summary.droppedIdentityColumns.joined(separator: ", "))
        }
        for (column, use) in columns.uses.enumerated() where use == .unmatched {
            let sub = column < header.subLabels.count ? header.subLabels[column] : ""
            let name = ExportColumns.displayName(text: header.texts[column], sub: sub, name: header.names[column])
            let record = name != header.texts[column] ? header.subRecord : header.questionRecord
            // A short question or answer-option row has no field here: blame the column on the row itself.
            let (line, col) =
                record.map { column < $0.count ? $0.position(column) : ($0.line, column + 1) }
                ?? (1, column + 1)
            log.warning(
                file, line: line, column: col,
                "question \"\(name)\" matches no item of instrument.csv "
                    + "(or one already matched by an earlier column); its answers are not read")
        }
        let items = dataset.instrument.items
        let matched = Set(columns.itemColumns.map(\.item))
        let absent = items.indices.filter { !matched.contains($0) }.map { items[$0].id }
        if !absent.isEmpty {
            log.warning(
                file, line: 1,
                "no question for item(s) \(absent.joined(separator: ", ")): "
                    + "their answers count as skipped")
        }
        var usable = true
        if columns.first(.timestamp) == nil {
            log.error(file, line: 1, "no timestamp column for a \(layout.displayName) export; every row is rejected")
            usable = false
        }
        if columns.first(.school) == nil {
            if let defaultSchool {
                if schools.lookUp(defaultSchool) == nil {
                    log.error(file, "--school \"\(defaultSchool)\" is not in schools.csv; every row is rejected")
                    usable = false
                }
            } else {
                log.error(
                    file, line: 1,
                    "no school: add a school_id column or a \"Which school do you work at?\" "
                        + "question, or give --school to pulse import; every row is rejected")
                usable = false
            }
        }
        return usable
    }
}
