import CSV
import Markup
import PulseStats

/// The baseline → mid-program chart: one bar per dimension for the change of the mean, labelled with the
/// difference and Hedges' g; a suppressed dimension keeps its row with "fewer than N responses".
enum CaseStudyChangeChart {
    static let columns = [
        "dimension", "baseline_month", "mid_month", "baseline_n", "baseline_mean", "baseline_ci_low",
        "baseline_ci_high", "mid_n", "mid_mean", "mid_ci_low", "mid_ci_high", "mean_diff", "hedges_g", "welch_p",
        "adjusted_p", "verdict", "suppressed", "suppression",
    ]

    static func chart(_ study: CaseStudy) -> CaseStudyChart {
        let title = "Change from \(study.baseline.longName) to \(study.midProgram.longName), \(study.school.name)"
        let bars = study.changes.map { row -> BarChart.Bar in
            switch row.change {
            case .shown(let c)?:
                return BarChart.Bar(label: row.dimension, value: c.meanDifference, valueLabel: label(c))
            case .suppressed(let why)?:
                return BarChart.Bar(label: row.dimension, value: 0, valueLabel: why.label)
            case nil:
                return BarChart.Bar(label: row.dimension, value: 0, valueLabel: "no comparison")
            }
        }
        let svg = BarChart(
            title: title, description: study.changes.map(\.sentence).joined(separator: " "), width: 640, bars: bars,
            valueFormat: .decimal(digits: 2)
        ).render()
        let tested = study.changes.filter { $0.change?.value.map { $0.verdict != .withinNoise } ?? false }
        let takeaway = Takeaway(
            tested.isEmpty
                ? "No dimension changed beyond noise from baseline to mid-program."
                : tested.map(\.sentence).joined(separator: " "))
        let figure = ChartFigure(title: title, takeaway: takeaway, chart: svg, table: table(study)).render()
        return CaseStudyChart(name: "change", title: title, figure: figure, svg: svg, csv: csv(study))
    }

    /// "+0.32 · g 0.41 · improved".
    static func label(_ change: Change) -> String {
        ChangeText.short(ChangeSummary(change))
            + (change.hedgesG.map { " · g \(NumberText.signed($0, digits: 2))" } ?? "")
            + " · \(ChangeText.verdictText(change.verdict))"
    }

    static func table(_ study: CaseStudy) -> DataTable {
        DataTable(
            caption: "Baseline (\(study.baseline.longName)) and mid-program (\(study.midProgram.longName)) means",
            columns: [
                .text("Dimension"), .number("Baseline mean (95% CI)"), .number("n"),
                .number("Mid-program mean (95% CI)"),
                .number("n"), .number("Change"), .number("Hedges' g"), .text("Test"),
            ],
            rows: study.changes.map { row in
                [
                    .text(row.dimension), meanCell(row.baseline), .text(String(row.baselineN)), meanCell(row.mid),
                    .text(String(row.midN)),
                ] + changeCells(row.change)
            })
    }

    static func meanCell(_ figures: Figure<MeasureFigures>?) -> DataTable.Cell {
        switch figures {
        case nil: return .node(.td(class: "muted", "no responses"))
        case .suppressed(let why)?: return .node(SuppressedLabel.cell(why))
        case .shown(let f)?:
            let interval = f.meanInterval.map {
                " (\(NumberText.fixed($0.lower, digits: 2))–\(NumberText.fixed($0.upper, digits: 2)))"
            }
            return .text(NumberText.fixed(f.mean, digits: 2) + (interval ?? ""))
        }
    }

    static func changeCells(_ change: Figure<Change>?) -> [DataTable.Cell] {
        switch change {
        case nil: return [.text("–"), .text("–"), .text("–")]
        case .suppressed(let why)?: return [.node(SuppressedLabel.cell(why)), .text("–"), .text("–")]
        case .shown(let c)?:
            return [
                .node(ChangeText.cell(.shown(ChangeSummary(c)))),
                .text(c.hedgesG.map { NumberText.signed($0, digits: 2) } ?? "–"),
                .text(Takeaway.testNote(ChangeSummary(c))),
            ]
        }
    }

    static func csv(_ study: CaseStudy) -> String {
        var writer = CSVWriter()
        writer.writeRow(columns)
        for row in study.changes {
            let before = row.baseline?.value
            let after = row.mid?.value
            let change = row.change?.value
            let hidden = row.suppression
            writer.writeRow([
                .text(row.dimension), .text(row.baselineMonth.description), .text(row.midMonth.description),
                .int(row.baselineN), .double(before?.mean), .double(before?.meanInterval?.lower),
                .double(before?.meanInterval?.upper), .int(row.midN), .double(after?.mean),
                .double(after?.meanInterval?.lower), .double(after?.meanInterval?.upper),
                .double(change?.meanDifference),
                .double(change?.hedgesG), .double(change?.welch?.pValue), .double(change?.adjustedPValue),
                .text(change?.verdict.rawValue ?? ""), .int(hidden == nil ? 0 : 1), .text(hidden?.label ?? ""),
            ])
        }
        return writer.string
    }
}
