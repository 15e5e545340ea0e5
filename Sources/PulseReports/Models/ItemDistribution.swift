import Markup
import PulseModel
import PulseStats

/// The answers to one item for one group and month, for a diverging stacked bar: shares per scored point
/// (the unfavorable end first), or the suppression.
public struct ItemDistribution: Hashable, Sendable {
    public var itemID: String
    public var text: String
    public var dimension: String
    /// Reverse-scored: the shares are of scored answers, so "Strongly agree" counts at the low end.
    public var reverse: Bool
    /// The scale's labels for the scored points, low to high.
    public var categories: [String]
    /// The lowest favorable scored point; its mirror is the highest unfavorable one.
    public var favorableMin: Int
    public var distribution: Figure<AnswerDistribution>

    /// Every item of the instrument with answers from the group (all staff) in the report month, in
    /// instrument order.
    ///
    /// `cells` must be made from the input and the fold its table was built from.
    public static func all(_ input: ReportInput, group: GroupKey, cells: MonthCells) -> [ItemDistribution] {
        let scale = input.program.scale
        return input.dataset.instrument.items.compactMap { item in
            input.table.answerDistribution(
                period: input.month, group: group, item: item.id, layout: cells.layout, dataset: input.dataset
            ) { cells[group] }.map { distribution in
                let labels = (item.scaleMin...item.scaleMax).map { point in
                    scale.min <= point && point <= scale.max && scale.labels.count == scale.max - scale.min + 1
                        ? scale.labels[point - scale.min] : String(point)
                }
                return ItemDistribution(
                    itemID: item.id, text: item.text, dimension: item.dimension, reverse: item.reverse,
                    categories: labels, favorableMin: item.favorableMin,
                    distribution: distribution)
            }
        }
    }

    /// Favorable share in words: "62% agree, 14% disagree"; the suppression label when hidden.
    public var summary: String {
        switch distribution {
        case .suppressed(let why): return why.label
        case .shown(let d):
            let unfavorableMax = (d.points.first ?? 0) + (d.points.last ?? 0) - favorableMin
            let high = zip(d.points, d.shares).filter { $0.0 >= favorableMin }.reduce(0) { $0 + $1.1 }
            let low = zip(d.points, d.shares).filter { $0.0 <= unfavorableMax }.reduce(0) { $0 + $1.1 }
            return "\(NumberText.percent(high)) favorable, \(NumberText.percent(low)) unfavorable (n = \(d.n))"
        }
    }
}
