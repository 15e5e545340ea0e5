import PulseIngest
import PulseModel

/// The summary `pulse check` prints after the diagnostics.
struct CheckSummary {
    let folder: DatasetFolder
    let responsesByMonth: [Month: Int]
    let schoolsAnswering: Int

    var text: String {
        let dataset = folder.dataset
        let total = folder.total
        let log = folder.log
        var lines: [String] = []
        lines.append("\(dataset.program.name): \(folder.url.path)")
        lines.append("files: \(folder.tallies.count + 1) read (program.json and \(folder.tallies.count) CSV files)")
        let width = max(20, folder.tallies.map(\.file.count).max() ?? 0)
        for tally in folder.tallies {
            lines.append(
                "  \(tally.file.padding(toLength: width, withPad: " ", startingAt: 0)) "
                    + "\(pad(tally.read)) read \(pad(tally.accepted)) accepted \(pad(tally.rejected)) rejected")
        }
        lines.append("rows: \(total.read) read = \(total.accepted) accepted + \(total.rejected) rejected")
        lines.append("diagnostics: \(log.errorCount) error(s), \(log.warningCount) warning(s)")
        let staff = dataset.schools.reduce(0) { $0 + $1.staffCount }
        lines.append(
            "schools: \(dataset.schools.count) in \(dataset.clusters.count) cluster(s), \(staff) staff; "
                + "\(schoolsAnswering) school(s) with responses")
        let months = responsesByMonth.keys.sorted()
        if let first = months.first, let last = months.last {
            lines.append("months: \(first) to \(last) (\(months.count) with responses)")
            lines.append("response rate by month (responses ÷ staff of all schools):")
            for month in months {
                let count = responsesByMonth[month]!
                let rate = staff > 0 ? " \(percent(Double(count) / Double(staff)))" : ""
                let stage =
                    dataset.program.stage(of: month).map {
                        "  stage \($0.number), month \(dataset.program.programMonth(of: month))"
                    } ?? ""
                lines.append("  \(month)  \(pad(count)) of \(staff)\(rate)\(stage)")
            }
        } else {
            lines.append("months: none (no accepted responses)")
        }
        return lines.joined(separator: "\n")
    }

    private func pad(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, 8 - text.count)) + text
    }

    private func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
