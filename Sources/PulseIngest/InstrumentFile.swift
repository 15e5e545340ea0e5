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
        var seen: Set<String> = []
        /// Per dimension, the scale of its first item: a dimension's score bins are laid out for one scale.
        var dimensionScales: [String: ClosedRange<Int>] = [:]
        while let row = table.nextRow(log: &log) {
            var ok = true
            let id = row.text("item_id")
            if id.isEmpty || seen.contains(id) {
                row.error(
                    "item_id", id.isEmpty ? "blank item_id; row left out" : "item_id \"\(id)\" repeated; row left out",
                    log: &log)
                ok = false
            }
            let dimension = row.text("dimension")
            if dimension.isEmpty {
                row.error("dimension", "blank dimension; row left out", log: &log)
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
                seen.insert(id)
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
}
