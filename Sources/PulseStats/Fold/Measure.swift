import PulseModel

/// One thing a figure is about: a dimension score or a single item, by its position in the instrument.
///
///     Measure.all(of: instrument)   // [.dimension(0), .item(0), .item(1), …, .dimension(1), …]
public enum Measure: Hashable, Sendable {
    /// A position in `Instrument.dimensions`.
    case dimension(Int)
    /// A position in `Instrument.items`.
    case item(Int)

    /// The output order of `pulse stats`: each dimension, then its items, in instrument order.
    public static func all(of instrument: Instrument) -> [Measure] {
        instrument.dimensions.enumerated().flatMap { index, dimension in
            [Measure.dimension(index)] + dimension.itemIndices.map(Measure.item)
        }
    }

    /// The measure's name in outputs: the dimension name or the item id.
    public func name(in instrument: Instrument) -> String {
        switch self {
        case .dimension(let d): instrument.dimensions[d].name
        case .item(let i): instrument.items[i].id
        }
    }
}
