import Markup
import PulseStats

/// The plain `summary.md` of a case study: the same findings as `index.html` in sentences, for a slide's
/// notes or an e-mail. Data text is escaped with `MarkdownText`.
enum CaseStudySummary {
    static func markdown(_ study: CaseStudy, charts: [CaseStudyChart]) -> String {
        let e = MarkdownText.escape
        var lines = [
            "# Case study: \(e(study.school.name))", "",
            "Cluster: \(e(study.cluster.name)) · program: \(e(study.programName))", "",
            "Baseline \(study.baseline.longName) → mid-program \(study.midProgram.longName)"
                + (study.stage.map { " (stage \($0.number): \(e($0.name)))" } ?? "") + ".", "",
            "## Baseline → mid-program change", "",
        ]
        lines += study.changes.map { "- \(e($0.sentence))" }
        lines += ["", "## Milestones of stages 1 and 2", "", e(study.milestoneStory), ""]
        lines += study.milestones.late.map {
            "- Late: \(e($0.activity)) (stage \($0.stage)), due \($0.due), "
                + "\(Counting.plural($0.daysLate, "day")) late"
        }
        lines += ["", "## Against the cluster and the program, \(study.midProgram.longName)", ""]
        lines += CaseStudyPage.comparisonRows(study).map { row in "- " + row.map(e).joined(separator: " · ") }
        lines += ["", "## What the run charts show", ""]
        lines += study.trends.map { "- \(e(CaseStudyPage.signalSentence($0[0])))" }
        lines += [
            "", "## Files", "",
            "- index.html: the case study page",
        ]
        lines += charts.flatMap { ["- \($0.name).svg: \(e($0.title))", "- \($0.name).csv: the numbers behind it"] }
        lines += [
            "", "## Method", "",
            "Changes are tested with \(e(Change.testName)) (p < \(NumberText.fixed(Change.alpha, digits: 2))); "
                + "Hedges' g is the standardised mean difference; intervals are 95% t intervals of the mean. "
                + "A group with fewer than \(study.input.table.minimumGroupSize) responses shows no figures.",
            "", e(study.quality.summary), "",
        ]
        return lines.joined(separator: "\n")
    }
}
