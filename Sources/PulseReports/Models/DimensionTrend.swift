import Markup
import PulseModel
import PulseStats

/// A dimension's monthly means for one group, for a trend chart: each month's mean with its 95% interval
/// (or its suppression), the program's stages, run-chart and control-chart signals named and placed, and
/// the SMART goal if there is one.
public struct DimensionTrend: Hashable, Sendable {
    public struct Point: Hashable, Sendable {
        public var month: Month
        public var programMonth: Int
        /// nil when the group had no responses that month.
        public var value: Figure<Value>?
    }

    public struct Value: Hashable, Sendable {
        public var mean: Double
        public var interval: Interval?
        /// 0–100, with its 95% Wilson interval.
        public var favorablePercent: Double
        public var favorableInterval: Interval?
        public var n: Int
    }

    /// A signal placed on the month where it shows (the last point of the pattern).
    public struct SignalMark: Hashable, Sendable {
        public var month: Month
        public var programMonth: Int
        public var mean: Double
        /// A short name: "Shift", "Trend", "Runs", "Astronomical point", "Beyond limits", "Large jump",
        /// "p-chart".
        public var name: String
        /// The rule in plain words, from the analysis.
        public var description: String
        public var rule: Signal.Rule
    }

    public var group: GroupRef
    public var dimension: String
    /// Program month 1 to the report month.
    public var points: [Point]
    public var signals: [SignalMark]
    /// A rule that needs more points than the series has yet.
    public struct NotYet: Hashable, Sendable {
        public var rule: Signal.Rule
        public var needed: Int
        public var have: Int
    }

    /// Rules that could not be applied yet; empty when all could.
    public var notYet: [NotYet]
    public var stages: [Stage]
    public var goal: GoalProgress?
    public var takeaway: Takeaway

    public init(_ input: ReportInput, group key: GroupKey, dimension: String) {
        group = GroupRef(key, in: input.dataset)
        self.dimension = dimension
        let series = input.table.series(level: key.level, group: key.group, measure: dimension)
        let byMonth = Dictionary(series.map { ($0.period, $0) }, uniquingKeysWith: { a, _ in a })
        points = input.monthsToDate.map { month in
            Point(
                month: month, programMonth: input.program.programMonth(of: month),
                value: byMonth[month].map { row in
                    row.figures.map {
                        Value(
                            mean: $0.mean, interval: $0.meanInterval, favorablePercent: $0.favorablePercent,
                            favorableInterval: $0.favorableInterval, n: row.n)
                    }
                })
        }
        stages = input.program.stages
        goal = GoalProgress(input, group: key, dimension: dimension)
        let current = byMonth[input.month]
        var signals: [SignalMark] = []
        var notYet: [NotYet] = []
        if let found = current?.signals?.value {
            for outcome in found.outcomes {
                switch outcome.outcome {
                case .signals(let list):
                    for signal in list {
                        guard let last = signal.indices.last, found.months.indices.contains(last) else { continue }
                        let month = found.months[last]
                        signals.append(
                            SignalMark(
                                month: month, programMonth: input.program.programMonth(of: month),
                                mean: found.means[last], name: Self.shortName(signal.rule),
                                description: signal.description, rule: signal.rule))
                    }
                case .noSignal: break
                case .notEnoughPoints(let needed, let have):
                    notYet.append(NotYet(rule: outcome.rule, needed: needed, have: have))
                }
            }
        }
        self.signals = signals
        self.notYet = notYet
        var sentence = Takeaway.change(dimension, ChangeSummary.of(current, .baseline)).text
        if let first = signals.first {
            sentence += " Signal: \(first.description.prefix(1).lowercased() + first.description.dropFirst())"
            sentence += signals.count > 1 ? " (and \(signals.count - 1) more)." : "."
        }
        takeaway = Takeaway(sentence)
    }

    /// The trend of every dimension of the instrument for one group, in instrument order.
    public static func all(_ input: ReportInput, group key: GroupKey) -> [DimensionTrend] {
        input.dimensions.map { DimensionTrend(input, group: key, dimension: $0) }
    }

    /// The short name of a rule for a chart label.
    public static func shortName(_ rule: Signal.Rule) -> String {
        switch rule {
        case .shift: "Shift"
        case .trend: "Trend"
        case .runs: "Runs"
        case .astronomical: "Astronomical point"
        case .beyondLimits: "Beyond limits"
        case .movingRangeBeyondLimit: "Large jump"
        case .pChartBeyondLimits: "p-chart"
        }
    }
}
