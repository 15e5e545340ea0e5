import Markup
import PulseStats

/// `index.html` of a case study: the change per dimension, the stage 1–2 milestone story, the school
/// against its cluster and the program, what the run charts show, and the files of the folder.
enum CaseStudyPage {
    static func document(_ study: CaseStudy, change: CaseStudyChart, trends: [CaseStudyChart]) -> String {
        let stage = study.stage.map { " · stage \($0.number): \($0.name)" } ?? ""
        return PageShell(
            title: "Case study: \(study.school.name)",
            subtitle: "\(study.cluster.name) · baseline \(study.baseline.longName) → mid-program "
                + "\(study.midProgram.longName)\(stage)",
            sections: [
                PageSection(id: "change", title: "Baseline → mid-program change", [change.figure]).render(),
                PageSection(
                    id: "milestones", title: "Milestones of stages 1 and 2", takeaway: Takeaway(study.milestoneStory),
                    [milestoneTable(study).render()]
                ).render(),
                PageSection(
                    id: "comparison", title: "Against the cluster and the program, \(study.midProgram.longName)",
                    [comparisonTable(study).render(), .div(class: "grid", trends.map(\.figure))]
                ).render(),
                PageSection(
                    id: "signals", title: "What the run charts show",
                    [.list(study.trends.map { [.text(signalSentence($0[0]))] })]
                ).render(),
                PageSection(
                    id: "files", title: "Files for slides and researchers", [files(change: change, trends: trends)]
                )
                .render(),
                DataQualityNote(study.quality).render(),
            ],
            footer: [
                "\(study.programName). Changes: \(Change.testName), p < \(NumberText.fixed(Change.alpha, digits: 2)); "
                    + "Hedges' g: standardised mean difference; intervals: 95% t intervals of the mean. A group with "
                    + "fewer than \(study.input.table.minimumGroupSize) responses shows no figures."
            ]
        ).document()
    }

    static func milestoneTable(_ study: CaseStudy) -> DataTable {
        DataTable(
            caption: "Stage 1 and 2 milestones as of \(study.input.asOf)",
            columns: [
                .text("Milestone"), .number("Stage"), .text("Due"), .text("Completed"), .text("Status"),
                .number("Days late"),
            ],
            rows: study.milestones.entries.map { entry in
                [
                    .text(entry.activity), .text(String(entry.stage)), .text(entry.due.description),
                    .text(entry.completed?.description ?? "–"), .node(.td([StatusBadge.milestone(entry.status)])),
                    .text(entry.daysLate > 0 ? String(entry.daysLate) : "–"),
                ]
            })
    }

    /// Per dimension: the mid-program mean of the school, its cluster and the program (or why not).
    static func comparisonRows(_ study: CaseStudy) -> [[String]] {
        study.trends.map { trends in
            [trends[0].dimension]
                + trends.map { trend in
                    let value = trend.points.last { $0.month == study.midProgram }?.value
                    let text: String =
                        switch value {
                        case nil: "no responses"
                        case .suppressed(let why)?: why.label
                        case .shown(let v)?: NumberText.fixed(v.mean, digits: 2) + " (n = \(v.n))"
                        }
                    return "\(trend.group.name): \(text)"
                }
        }
    }

    static func comparisonTable(_ study: CaseStudy) -> DataTable {
        let names = study.trends.first?.map(\.group.name) ?? []
        return DataTable(
            caption: "Mean by dimension, \(study.midProgram.longName)",
            columns: [.text("Dimension")] + names.map { .number($0) },
            rows: comparisonRows(study).map { row in
                [.text(row[0])]
                    + zip(row.dropFirst(), names).map { text, name in
                        .text(String(text.dropFirst(name.count + 2)))
                    }
            })
    }

    /// The school's trend takeaway, and the rules not yet testable.
    static func signalSentence(_ trend: DimensionTrend) -> String {
        let notYet = trend.notYet.map { "\(DimensionTrend.shortName($0.rule).lowercased()) (needs \($0.needed))" }
        return trend.takeaway.text
            + (notYet.isEmpty ? "" : " Too few months yet for: " + notYet.joined(separator: ", ") + ".")
    }

    static func files(change: CaseStudyChart, trends: [CaseStudyChart]) -> Node {
        .list(
            [[PageLink("summary.md", "summary.md").node, .text(": the findings in plain text")]]
                + ([change] + trends).map { chart in
                    [
                        PageLink("\(chart.name).svg", "\(chart.name).svg").node, .text(" and "),
                        PageLink("\(chart.name).csv", "\(chart.name).csv").node, .text(": \(chart.title)"),
                    ]
                })
    }
}
