import PulseModel

/// A `FoldLayout` flattened into two integer arrays, so that folding a response reads no `Item`
/// (whose strings would be retained and released per answer) and no nested array.
///
/// - `items`: per item, 4 integers: histogram offset, scale min, scale max, and 1 when reverse-scored.
/// - `dimensions`: per dimension, 5 integers (tally offset, sum width, complete-case offset, scale min,
///   item count k) followed by the k item positions.
struct FoldKernel: Hashable, Sendable {
    let itemCount: Int
    let items: [Int]
    let dimensions: [Int]

    init(instrument: Instrument, itemOffsets: [Int], dimensions slots: [FoldLayout.DimensionSlot]) {
        itemCount = instrument.items.count
        items = instrument.items.indices.flatMap { i -> [Int] in
            let item = instrument.items[i]
            return [itemOffsets[i], item.scaleMin, item.scaleMax, item.reverse ? 1 : 0]
        }
        dimensions = slots.flatMap { slot -> [Int] in
            [slot.tallyOffset, slot.sumWidth, slot.completeOffset, slot.scaleMin, slot.items.count] + slot.items
        }
    }
}
