import Foundation
import PulseModel

/// Reads `program.json`. Missing optional keys take the defaults of PRODUCT.md; a malformed value is an
/// error and its default is used so the rest of the dataset can still be checked.
enum ProgramFile {
    static let name = "program.json"

    static func read(_ url: URL, log: inout DiagnosticLog) -> Program? {
        guard let data = try? Data(contentsOf: url) else {
            log.error(name, "missing or unreadable (a dataset needs program.json)")
            return nil
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(
                with: data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data)
        } catch {
            log.error(name, "not valid JSON: \(error.localizedDescription)")
            return nil
        }
        guard let json = object as? [String: Any] else {
            log.error(name, "the top level must be an object")
            return nil
        }
        let title = (json["name"] as? String) ?? "Pulse program"
        guard let startText = json["start_month"] as? String, let start = Month(startText), startText.count == 7 else {
            log.error(name, "\"start_month\" must be a month written YYYY-MM")
            return nil
        }
        var program = Program(name: title, startMonth: start)
        if let size = json["min_group_size"] {
            if let n = size as? Int, n >= 1 {
                program.minGroupSize = n
            } else {
                log.error(name, "\"min_group_size\" must be a whole number of at least 1; 5 is used")
            }
        }
        if let stages = json["stages"] {
            if let parsed = readStages(stages, log: &log) { program.stages = parsed }
        }
        if let scale = json["scale"] {
            if let parsed = readScale(scale, log: &log) { program.scale = parsed }
        }
        return program
    }

    private static func readStages(_ value: Any, log: inout DiagnosticLog) -> [Stage]? {
        guard let list = value as? [[String: Any]], !list.isEmpty else {
            log.error(name, "\"stages\" must be a list of objects; the default stages are used")
            return nil
        }
        var stages: [Stage] = []
        for (index, entry) in list.enumerated() {
            guard let number = entry["stage"] as? Int, let first = entry["first_month"] as? Int,
                let last = entry["last_month"] as? Int, first >= 1, last >= first
            else {
                log.error(
                    name,
                    "stage \(index + 1) needs whole numbers \"stage\", \"first_month\" ≤ \"last_month\"; the default stages are used"
                )
                return nil
            }
            stages.append(
                Stage(
                    number: number, name: (entry["name"] as? String) ?? "Stage \(number)",
                    firstMonth: first, lastMonth: last))
        }
        for (a, b) in zip(stages, stages.dropFirst()) where b.firstMonth <= a.lastMonth {
            log.error(name, "stages \(a.number) and \(b.number) overlap; the default stages are used")
            return nil
        }
        return stages
    }

    private static func readScale(_ value: Any, log: inout DiagnosticLog) -> Scale? {
        guard let object = value as? [String: Any] else {
            log.error(name, "\"scale\" must be an object; a 1–5 agreement scale is used")
            return nil
        }
        let min = (object["min"] as? Int) ?? 1
        let max = (object["max"] as? Int) ?? 5
        guard min < max, max - min <= 20 else {
            log.error(name, "\"scale\" needs min < max with at most 21 points; a 1–5 agreement scale is used")
            return nil
        }
        let labels = (object["labels"] as? [String]) ?? (min == 1 && max == 5 ? Scale.agreementLabels : [])
        if !labels.isEmpty && labels.count != max - min + 1 {
            log.error(name, "\"scale.labels\" has \(labels.count) labels for \(max - min + 1) points; labels ignored")
            return Scale(min: min, max: max, labels: [])
        }
        return Scale(min: min, max: max, labels: labels)
    }
}
