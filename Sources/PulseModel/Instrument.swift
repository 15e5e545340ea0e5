/// One question of the pulse survey (`instrument.csv`).
public struct Item: Hashable, Sendable, Identifiable {
    public var id: String
    public var dimension: String
    public var text: String
    public var scaleMin: Int
    public var scaleMax: Int
    /// Reverse-scored: an answer `a` scores `scaleMin + scaleMax - a`.
    public var reverse: Bool
    /// The lowest scored answer counted as favorable (default: the top two points of a 5-point scale,
    /// the top third of other scales).
    public var favorableMin: Int

    public init(
        id: String, dimension: String, text: String, scaleMin: Int = 1, scaleMax: Int = 5,
        reverse: Bool = false, favorableMin: Int? = nil
    ) {
        self.id = id
        self.dimension = dimension
        self.text = text
        self.scaleMin = scaleMin
        self.scaleMax = scaleMax
        self.reverse = reverse
        self.favorableMin = favorableMin ?? Item.defaultFavorableMin(scaleMin: scaleMin, scaleMax: scaleMax)
    }

    /// 4 on a 1–5 scale; otherwise the top third of the points.
    public static func defaultFavorableMin(scaleMin: Int, scaleMax: Int) -> Int {
        let points = scaleMax - scaleMin + 1
        return points == 5 ? scaleMax - 1 : scaleMax - points / 3 + 1
    }

    /// The score of an answer: reflected when the item is reverse-scored.
    @inlinable public func score(_ answer: Int) -> Int { reverse ? scaleMin + scaleMax - answer : answer }

    /// The favorable / neutral / unfavorable band of a scored value.
    public func band(ofScore score: Int) -> Band {
        Band(score: Double(score), favorableMin: favorableMin, scaleMin: scaleMin, scaleMax: scaleMax)
    }
}

/// Where a score falls: at or above `favorableMin` is favorable; at or below the mirror point is
/// unfavorable; between is neutral.
public enum Band: Int, Hashable, Sendable, CaseIterable {
    case unfavorable, neutral, favorable

    public init(score: Double, favorableMin: Int, scaleMin: Int, scaleMax: Int) {
        let unfavorableMax = scaleMin + scaleMax - favorableMin
        if score >= Double(favorableMin) {
            self = .favorable
        } else if score <= Double(unfavorableMax) {
            self = .unfavorable
        } else {
            self = .neutral
        }
    }
}

/// A dimension of the instrument and the positions of its items in `Instrument.items`.
public struct Dimension: Hashable, Sendable {
    public var name: String
    public var itemIndices: [Int]
    public var scaleMin: Int
    public var scaleMax: Int
    public var favorableMin: Int
}

/// The pulse survey: items in file order, dimensions in order of first appearance.
public struct Instrument: Hashable, Sendable {
    public private(set) var items: [Item]
    public private(set) var dimensions: [Dimension]

    /// Builds the dimensions from the items. Items of one dimension should share a scale; the first item's
    /// scale and favorable threshold stand for the dimension.
    public init(items: [Item]) {
        self.items = items
        var dims: [Dimension] = []
        var position: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            if let d = position[item.dimension] {
                dims[d].itemIndices.append(index)
            } else {
                position[item.dimension] = dims.count
                dims.append(
                    Dimension(
                        name: item.dimension, itemIndices: [index], scaleMin: item.scaleMin,
                        scaleMax: item.scaleMax, favorableMin: item.favorableMin))
            }
        }
        self.dimensions = dims
    }

    public func itemIndex(id: String) -> Int? { items.firstIndex { $0.id == id } }
}
