import Foundation
import PulseModel
import Testing

@Suite("Model: calendar")
struct CalendarTests {
    @Test(arguments: [
        ("2026-03", "2026-03"), ("2026-03-14", "2026-03"), ("2026-03-14T08:15:00Z", "2026-03"), ("0999-12", "0999-12"),
    ])
    func monthParsesTheFirstSevenCharacters(_ text: String, _ expected: String) {
        #expect(Month(text)?.description == expected)
    }

    /// Every month of years 0…9999 written digit by digit, and years outside them, read back.
    @Test func monthDescriptionIsZeroPaddedYearDashMonth() {
        for year in [0, 7, 42, 999, 1000, 2026, 9999] {
            for month in 1...12 {
                let text = Month(year: year, month: month).description
                #expect(text == String(format: "%04d-%02d", year, month))
            }
        }
        #expect(Month(year: 12345, month: 3).description == "12345-03")
        #expect(Month(year: -5, month: 11).description == "00-5-11")
    }

    @Test(arguments: ["2026-13", "2026-00", "2026/03", "26-03", "", "2026-3-", "２０２６-03"])
    func monthRejectsMalformedText(_ text: String) {
        #expect(Month(text) == nil)
    }

    @Test func monthArithmetic() {
        let m = Month("2026-11")!
        #expect(m.advanced(by: 3).description == "2027-02")
        #expect(m.distance(to: Month("2027-02")!) == 3)
        #expect(m.longName == "November 2026")
        #expect(m.shortName == "Nov")
    }

    @Test(arguments: [
        ("2026-02-28", true), ("2026-02-29", false), ("2024-02-29", true), ("2026-04-31", false),
        ("2026-03-14T08:15:00Z", true), ("2026-03-14 08:15", true), ("2026-03-14x", false), ("2026-3-14", false),
    ])
    func dayValidatesTheCalendar(_ text: String, _ valid: Bool) {
        #expect((Day(text) != nil) == valid)
    }

    @Test func dayDifferencesAndEpochRoundTrip() {
        #expect(Day("2026-02-01")!.days(to: Day("2026-03-01")!) == 28)
        #expect(Day("1970-01-01")!.daysSinceEpoch == 0)
        for offset in stride(from: -1000, through: 30000, by: 37) {
            #expect(Day.fromEpoch(offset).daysSinceEpoch == offset)
        }
        #expect(Day.last(of: Month("2024-02")!).description == "2024-02-29")
    }

    @Test func stagesFollowTheProgramCalendar() {
        let program = Program(name: "p", startMonth: Month("2026-02")!)
        #expect(program.programMonth(of: Month("2026-02")!) == 1)
        #expect(program.stage(of: Month("2026-05")!)?.number == 1)
        #expect(program.stage(of: Month("2026-06")!)?.number == 2)
        #expect(program.stage(of: Month("2027-01")!)?.number == 3)
        #expect(program.stage(of: Month("2027-02")!) == nil)
        #expect(program.lastMonth(of: program.stages[1]).description == "2026-09")
    }
}

@Suite("Model: items and milestones")
struct ItemTests {
    @Test func reverseItemsReflect() {
        let item = Item(id: "x", dimension: "d", text: "t", reverse: true)
        #expect((1...5).map(item.score) == [5, 4, 3, 2, 1])
        #expect(Item(id: "y", dimension: "d", text: "t").score(2) == 2)
    }

    @Test func favorableThresholds() {
        #expect(Item.defaultFavorableMin(scaleMin: 1, scaleMax: 5) == 4)
        #expect(Item.defaultFavorableMin(scaleMin: 1, scaleMax: 7) == 6)
        #expect(Item.defaultFavorableMin(scaleMin: 0, scaleMax: 10) == 8)
        let item = Item(id: "x", dimension: "d", text: "t")
        #expect(
            (1...5).map { item.band(ofScore: $0) } == [.unfavorable, .unfavorable, .neutral, .favorable, .favorable])
    }

    @Test func instrumentGroupsDimensionsInFirstAppearanceOrder() {
        let instrument = Instrument(items: [
            Item(id: "a", dimension: "B", text: ""), Item(id: "b", dimension: "A", text: ""),
            Item(id: "c", dimension: "B", text: ""),
        ])
        #expect(instrument.dimensions.map(\.name) == ["B", "A"])
        #expect(instrument.dimensions[0].itemIndices == [0, 2])
    }

    @Test func milestoneEffectiveStatus() {
        let due = Day("2026-04-30")!
        let open = Milestone(
            schoolID: "s", stage: 1, activity: "a", due: due, completed: nil, status: .onTrack, notes: "")
        #expect(open.effectiveStatus(asOf: Day("2026-04-30")!) == .onTrack)
        #expect(open.effectiveStatus(asOf: Day("2026-05-01")!) == .late)
        var done = open
        done.completed = Day("2026-05-10")
        #expect(done.effectiveStatus(asOf: Day("2026-06-01")!) == .done)
        #expect(done.completedLate)
    }

    @Test func diagnosticText() {
        let d = Diagnostic(file: "a.csv", line: 3, column: 2, severity: .error, message: "bad")
        #expect(d.description == "a.csv:3:2: error: bad")
        #expect(Diagnostic(file: "a.csv", severity: .warning, message: "w").description == "a.csv: warning: w")
    }
}
