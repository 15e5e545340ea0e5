import Foundation
import PulseModel

/// Reads `instrument.csv`: `item_id,dimension,text,scale_min,scale_max,reverse[,favorable_min]`.
enum InstrumentFile {
    static let name = "instrument.csv"

    static func read(_ url: URL, log: inout DiagnosticLog) -> (Instrument, FileTally?) {
        guard
            var table = Table(
                url: url, file: name,
                required: ["item_id", "dimension", "text", "scale_min", "scale_max", "reverse"],
                optional: ["favorable_min"], log: &log)
        else { return (Instrument(items: []), nil) }
        var items: [Item] = []
        /// The ids taken, as pulse headers are matched (`Table.normalise`): two ids that differ only in case
        /// would name one pulse column.
        var seen: [String: String] = [:]
        /// Per dimension, the scale of its first item: a dimension's score bins are laid out for one scale.
        var dimensionScales: [String: ClosedRange<Int>] = [:]
        while let row = table.nextRow(log: &log) {
            var ok = true
            let id = row.text("item_id")
            if let problem = Self.problem(ofID: id, seen: seen) {
                row.error("item_id", problem + "; row left out", log: &log)
                ok = false
            }
            let dimension = row.text("dimension")
            if dimension.isEmpty {
                row.error("dimension", "blank dimension; row left out", log: &log)
                ok = false
            }
            if ok,
                let (column, problem) = Self.measureClash(
                    id: id, dimension: dimension, seen: seen, dimensions: dimensionScales)
            {
                row.error(
                    column, problem + " (a measure of the table could not be told apart); row left out", log: &log)
                ok = false
            }
            let lo = Values.int(row.text("scale_min")), hi = Values.int(row.text("scale_max"))
            if lo == nil || hi == nil || lo! >= hi! || hi! - lo! > 20 || lo! < 0 || hi! > 100 {
                row.error(
                    "scale_min",
                    "scale_min and scale_max must be whole numbers with 0 ≤ min < max ≤ 100 and at most 21 points; row left out",
                    log: &log)
                ok = false
            }
            let reverse = Values.flag(row.text("reverse"))
            if reverse == nil {
                row.error("reverse", "reverse \"\(row.text("reverse"))\" must be 1 or 0; row left out", log: &log)
                ok = false
            }
            var favorable: Int?
            let favText = row.text("favorable_min")
            if !favText.isEmpty {
                favorable = Values.int(favText)
                if let f = favorable, let lo, let hi, (lo...hi).contains(f) {
                } else {
                    row.error(
                        "favorable_min",
                        "favorable_min \"\(favText)\" must be a point of the item's scale; row left out", log: &log)
                    ok = false
                }
            }
            if ok, let lo, let hi, let scale = dimensionScales[dimension], scale != lo...hi {
                row.error(
                    "scale_min",
                    "item \"\(id)\" is on \(lo)–\(hi) but dimension \"\(dimension)\" is on \(scale.lowerBound)–\(scale.upperBound) (its first item's): a dimension's items share one scale; row left out",
                    log: &log)
                ok = false
            }
            if ok, let lo, let hi, let reverse {
                seen[Table.normalise(id)] = id
                dimensionScales[dimension] = dimensionScales[dimension] ?? lo...hi
                items.append(
                    Item(
                        id: id, dimension: dimension, text: row.text("text"), scaleMin: lo, scaleMax: hi,
                        reverse: reverse, favorableMin: favorable))
            }
            table.settle(accepted: ok)
        }
        let instrument = Instrument(items: items)
        for dimension in instrument.dimensions {
            guard Set(dimension.itemIndices.map { items[$0].favorableMin }).count > 1 else { continue }
            log.error(
                name, "dimension \"\(dimension.name)\" mixes favorable thresholds; its score uses the first item's")
        }
        if items.isEmpty { log.error(name, "no usable items: nothing can be scored") }
        return (instrument, table.tally)
    }

    /// Why an item id cannot name a pulse column, given the ids taken so far (keyed as headers are
    /// matched); nil when it can. Pulse headers are matched without case or surrounding spaces, so an id
    /// differing from another only in case, or naming one of the pulse file's own columns, would read
    /// another column's answers.
    ///
    ///     InstrumentFile.problem(ofID: "T1", seen: ["t1": "t1"])   // "item_id \"T1\" is \"t1\" in another case…"
    static func problem(ofID id: String, seen: [String: String]) -> String? {
        if id.isEmpty { return "blank item_id" }
        let key = Table.normalise(id)
        if let earlier = seen[key] {
            return earlier == id
                ? "item_id \"\(id)\" repeated"
                : "item_id \"\(id)\" is \"\(earlier)\" in another case (pulse headers are matched without case)"
        }
        if PulseFile.required.contains(key) || PulseFile.ownOptional.contains(key) {
            return "item_id \"\(id)\" is the name of a pulse file's own column"
        }
        return nil
    }

    /// The column and the reason when an item's id or dimension names a measure the table already has under
    /// the other kind: the table's `measure` column (and a goal's) names a dimension or an item, so one name
    /// for both could not be told apart. `seen` as for `problem(ofID:seen:)`; `dimensions` the scales of the
    /// dimensions taken, by name.
    static func measureClash(
        id: String, dimension: String, seen: [String: String], dimensions: [String: ClosedRange<Int>]
    )
        -> (column: String, problem: String)?
    {
        if dimensions[id] != nil { return ("item_id", "item_id \"\(id)\" is the name of a dimension") }
        if dimension == id || seen[Table.normalise(dimension)] == dimension {
            return ("dimension", "dimension \"\(dimension)\" is the name of an item")
        }
        return nil
    }
}
