import Markup
import PulseStats

/// The appendix on method: the tests behind every "improved" or "declined", the signals of the monthly
/// series, the suppression rule, and the data-quality note.
enum BriefMethodSheet {
    static func sheet(_ pack: BriefPack) -> Node {
        let minimum = pack.minimumGroupSize
        let complementary =
            pack.suppression == .complementary
            ? "Where a visible total is the sum of its parts (program, clusters, schools, roles) and exactly one "
                + "part is hidden, one more part is hidden too (the smallest visible one), so no hidden figure "
                + "can be worked out by subtraction; such figures read \"hidden to protect a group with fewer than "
                + "\(minimum) responses\"."
            : "Only groups under the minimum are hidden (complementary suppression is off)."
        return BriefSheet.node(
            "method", kicker: "Appendix", title: "Method and data quality",
            [
                .div(
                    class: "method",
                    [
                        .h3("How changes are tested"),
                        .p(
                            "A dimension score is a respondent's mean over the items of that dimension they answered "
                                + "(reverse-scored items reflected first); favorable means a score of the dimension's "
                                + "favorable minimum or more. A change since last month or since the baseline (the group's "
                                + "first month with responses) is called improved or declined only when \(Change.testName) "
                                + "gives p < \(NumberText.fixed(Change.alpha, digits: 2)), the adjustment running over every "
                                + "change of the same month and comparison in the analysis. Every other change reads "
                                + "\"within noise\", whatever its size."),
                        .h3("Trends and signals"),
                        .p(
                            "The sparklines show each month's mean from the program's start. Run-chart rules (shift, "
                                + "trend, runs, astronomical point) and control-chart limits (XmR chart of the means, "
                                + "p-chart of the favorable share) are applied to each monthly series; the dashboard names "
                                + "the signals found."),
                        .h3("Small groups"),
                        .p(
                            "A group with fewer than \(minimum) responses shows no figures: it reads \"fewer than "
                                + "\(minimum) responses\" (its response count may still be shown). \(complementary)"),
                        .h3("Milestones and challenges"),
                        .p(
                            "As of \(pack.asOf): a milestone past its due date and not done counts as late whatever its "
                                + "written status; days late and days open are counted to that date."),
                    ]),
                DataQualityNote(pack.quality, reasonsShown: 6, files: .rejecting(atMost: 8)).render(),
                .p(class: "note", "\(pack.programName) · \(pack.cluster.name) · data of \(pack.month.longName)."),
            ])
    }
}
