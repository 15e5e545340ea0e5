import PulseModel

/// The time axis of a program's charts: program months 1 to the end of the last stage (or the report
/// month if later), their short calendar names, the stages as bands, and dates as fractional months.
///
///     let axis = ProgramAxis(program: program, through: Month("2026-08")!)
///     axis.months          // 1...12
///     axis.labels[0]       // "Feb"
///     axis.position(of: Day("2026-02-15")!)   // ≈ 0.98 (mid-February, month 1)
public struct ProgramAxis: Hashable, Sendable {
    public let program: Program
    public let lastMonth: Int

    public init(program: Program, through month: Month) {
        self.program = program
        lastMonth = max(program.stages.map(\.lastMonth).max() ?? 1, program.programMonth(of: month), 1)
    }

    public var months: ClosedRange<Int> { 1...lastMonth }

    /// Short month names, one per program month.
    public var labels: [String] { months.map { program.calendarMonth(ofProgramMonth: $0).shortName } }

    /// The stages as labelled bands, e.g. "1 Establish foundations".
    public var bands: [TimeSeriesChart.Band] {
        program.stages.map { .init(months: $0.firstMonth...$0.lastMonth, label: "\($0.number) \($0.name)") }
    }

    /// A date as a fractional program month: month m's column runs from m − 0.5 (its first day) to m + 0.5.
    public func position(of day: Day) -> Double {
        let month = Double(program.programMonth(of: day.monthValue))
        let days = Double(Day.daysIn(year: day.year, month: day.month))
        return month - 0.5 + (Double(day.day) - 0.5) / days
    }
}
