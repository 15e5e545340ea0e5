/// A stage of the program: months are counted from 1 at the program's start month.
public struct Stage: Hashable, Sendable {
    public var number: Int
    public var name: String
    public var firstMonth: Int
    public var lastMonth: Int

    public init(number: Int, name: String, firstMonth: Int, lastMonth: Int) {
        self.number = number
        self.name = name
        self.firstMonth = firstMonth
        self.lastMonth = lastMonth
    }
}

/// The answer scale of the instrument, with its text labels from lowest to highest point.
public struct Scale: Hashable, Sendable {
    public var min: Int
    public var max: Int
    public var labels: [String]

    public init(min: Int = 1, max: Int = 5, labels: [String] = Scale.agreementLabels) {
        self.min = min
        self.max = max
        self.labels = labels
    }

    public static let agreementLabels = [
        "Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree",
    ]
}

/// `program.json`: the program's name, calendar, privacy threshold and scale.
public struct Program: Hashable, Sendable {
    public var name: String
    public var startMonth: Month
    public var minGroupSize: Int
    public var stages: [Stage]
    public var scale: Scale

    public init(
        name: String, startMonth: Month, minGroupSize: Int = 5, stages: [Stage] = Program.defaultStages,
        scale: Scale = Scale()
    ) {
        self.name = name
        self.startMonth = startMonth
        self.minGroupSize = minGroupSize
        self.stages = stages
        self.scale = scale
    }

    public static let defaultStages = [
        Stage(number: 1, name: "Establish foundations", firstMonth: 1, lastMonth: 4),
        Stage(number: 2, name: "Drive for results", firstMonth: 5, lastMonth: 8),
        Stage(number: 3, name: "Coach for sustainability", firstMonth: 9, lastMonth: 12),
    ]

    /// The program month of a calendar month: 1 for the start month.
    public func programMonth(of month: Month) -> Int { startMonth.distance(to: month) + 1 }

    /// The calendar month of a program month.
    public func calendarMonth(ofProgramMonth n: Int) -> Month { startMonth.advanced(by: n - 1) }

    /// The stage a calendar month falls in, or nil before the start or after the last stage.
    public func stage(of month: Month) -> Stage? {
        let n = programMonth(of: month)
        return stages.first { $0.firstMonth <= n && n <= $0.lastMonth }
    }

    /// The last calendar month of a stage.
    public func lastMonth(of stage: Stage) -> Month { calendarMonth(ofProgramMonth: stage.lastMonth) }
}
