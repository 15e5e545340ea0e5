import Foundation
import Markup
import PulseModel
import PulseStats

@testable import PulseReports

/// A small dataset built in code for the briefing-pack and case-study tests: cluster C1 with schools
/// H (a hostile name, 20 responses a month, Trust falling from February to April), S (3 responses a month:
/// always suppressed) and M (12 a month); a late milestone and a long-open challenge with hostile text.
enum BriefFixture {
    /// Every trick at once: formula start, markup, attribute break-out, style and CDATA ends, a bidi override.
    static let hostile = "=cmd|' /C calc'!A0 <script>alert(1)</script>\" onmouseover=\"x\" </style> ]]> \u{202E}evil"

    static let schoolIDs = ["H", "S", "M"]
    static let months = ["2026-02", "2026-03", "2026-04"].map { Month($0)! }

    static let dataset = Dataset(
        program: Program(name: "Test program", startMonth: months[0], minGroupSize: 5),
        clusters: [Cluster(id: "C1", name: "North " + hostile, chair: "Chair " + hostile)],
        schools: [
            School(id: "H", name: hostile, clusterID: "C1", level: .high, staffCount: 30),
            School(id: "S", name: "Small School", clusterID: "C1", level: .elementary, staffCount: 6),
            School(id: "M", name: "Middle School", clusterID: "C1", level: .middle, staffCount: 15),
        ],
        instrument: Instrument(items: [
            Item(id: "t1", dimension: "Trust", text: "I trust the team."),
            Item(id: "t2", dimension: "Trust", text: "Commitments are kept."),
            Item(id: "c1", dimension: "Clarity", text: "Goals are clear."),
            Item(id: "c2", dimension: "Clarity", text: "Roles are clear."),
        ]),
        milestones: [
            Milestone(
                schoolID: "H", stage: 1, activity: "Workshop " + hostile, due: Day("2026-02-20")!, completed: nil,
                status: .onTrack, notes: ""),
            Milestone(
                schoolID: "M", stage: 1, activity: "Action plan", due: Day("2026-03-01")!,
                completed: Day("2026-02-25")!, status: .done, notes: ""),
        ],
        challenges: [
            Challenge(
                raised: Day("2026-02-10")!, schoolID: "H", kind: .external, category: "load",
                summary: hostile, level: .area, status: .escalated, resolved: nil)
        ])

    /// Answers for one response: Trust high in February, low in April at school H; the rest varied.
    static func answers(school: String, month: Int, index: Int) -> [Int8] {
        let varied = Int8(2 + (index * 7 + month) % 4)
        if school == "H" {
            let trust: Int8 = month == 0 ? Int8(4 + index % 2) : month == 1 ? Int8(3 + index % 2) : Int8(1 + index % 2)
            return [trust, trust, varied, Int8(2 + (index + month) % 4)]
        }
        return [varied, Int8(1 + (index + month) % 5), varied, Int8(2 + index % 3)]
    }

    static let responses: [Response] = months.enumerated().flatMap { monthIndex, month in
        zip(schoolIDs, [20, 3, 12]).enumerated().flatMap { schoolIndex, pair in
            (0..<pair.1).map { index in
                Response(
                    id: "\(pair.0)-\(month)-\(index)", submitted: Day(year: month.year, month: month.month, day: 5)!,
                    schoolIndex: schoolIndex, role: "teacher",
                    answers: answers(school: pair.0, month: monthIndex, index: index), comment: "")
            }
        }
    }

    static let table: StatsTable = {
        var fold = PulseFold(instrument: dataset.instrument)
        for response in responses { fold.add(response) }
        return StatsTable(dataset: dataset, fold: fold)
    }()

    static let quality = DataQuality(
        files: [.init(file: "pulse/2026-02.csv", read: 35, accepted: 35, rejected: 0)], errors: 0, warnings: 0,
        diagnostics: [])

    static func input(month: Month = months[2]) -> ReportInput {
        ReportInput(dataset: dataset, table: table, quality: quality, month: month)
    }

    /// The names of every attribute in every tag of rendered HTML or SVG (values never hold a raw quote).
    static func attributeNames(_ markup: String) -> [String] {
        let tags = try! NSRegularExpression(pattern: "<[a-zA-Z][^>]*>")
        let attributes = try! NSRegularExpression(pattern: "\\s([^\\s=\"'>/]+)(=\"[^\"]*\")?")
        let text = markup as NSString
        return tags.matches(in: markup, range: NSRange(location: 0, length: text.length)).flatMap { tag in
            let inside = text.substring(with: tag.range) as NSString
            return attributes.matches(in: inside as String, range: NSRange(location: 0, length: inside.length)).map {
                inside.substring(with: $0.range(at: 1))
            }
        }
    }
}
