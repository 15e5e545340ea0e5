import PulseModel
import Testing

@testable import PulseStats

@Suite("Analysis: month by month")
struct AnalysisStreamTests {
    let dataset = AnalysisFixtures.dataset
    let months = [AnalysisFixtures.february, AnalysisFixtures.march, AnalysisFixtures.april]

    /// Three months of schools A, D, G (all teachers) and F, whose February is too small to show, plus
    /// a few senior leaders at A.
    var responses: [Response] {
        var generator = AnalysisFixtures.Generator(state: 11)
        var all: [Response] = []
        for (offset, month) in months.enumerated() {
            all += AnalysisFixtures.responses(
                20 + 5 * offset, school: "A", month: month, answers: 1 + offset...3 + offset, generator: &generator)
            all += AnalysisFixtures.responses(
                6, school: "A", role: "senior leader", month: month, generator: &generator)
            all += AnalysisFixtures.responses(25, school: "D", month: month, generator: &generator)
            all += AnalysisFixtures.responses(12, school: "G", month: month, generator: &generator)
            all += AnalysisFixtures.responses(offset == 0 ? 3 : 15, school: "F", month: month, generator: &generator)
        }
        return all
    }

    @Test func periodsComeInOrderWithTheTablesRows() {
        let fold = AnalysisFixtures.fold(responses)
        let table = StatsTable(dataset: dataset, fold: fold)
        var periods: [Month] = []
        var rows: [FigureRow] = []
        StatsTable.analyse(dataset: dataset, fold: fold) { period in
            #expect(period.rows.allSatisfy { $0.period == period.period })
            periods.append(period.period)
            rows += period.rows
        }
        #expect(periods == months && periods == table.periods)
        #expect(rows == table.rows)
        #expect(rows.contains { $0.role == "senior leader" })
    }

    /// An analysis of one period stops after it, and without changes starts at it: its rows of that
    /// month are the whole analysis's, core columns and full rows alike.
    @Test func oneMonthIsAnalysedWithTheMonthsItNeedsOnly() {
        let fold = AnalysisFixtures.fold(responses)
        let march = AnalysisFixtures.march
        var one = AnalysisOptions(longitudinal: false)
        one.period = march
        var core: [CoreFigures] = []
        var coreOfAll: [CoreFigures] = []
        StatsTable.analyseCore(dataset: dataset, fold: fold, options: one) { core += $0 }
        StatsTable.analyseCore(dataset: dataset, fold: fold, options: AnalysisOptions(longitudinal: false)) {
            coreOfAll += $0.filter { $0.period == march }
        }
        #expect(!core.isEmpty && core == coreOfAll)

        var longitudinal = AnalysisOptions()
        longitudinal.period = march
        var periods: [Month] = []
        var rows: [FigureRow] = []
        StatsTable.analyse(dataset: dataset, fold: fold, options: longitudinal) { period in
            periods.append(period.period)
            if period.period == march { rows = period.rows }
        }
        #expect(periods == [AnalysisFixtures.february, march])
        #expect(rows == StatsTable(dataset: dataset, fold: fold).rows.filter { $0.period == march })
    }

    /// A table that keeps some rows holds exactly those rows of the whole table: suppression and adjusted
    /// changes over every row, trends and signals (computed for kept rows only) over every earlier month.
    @Test func aTableKeepingSomeRowsHoldsThoseRowsOfTheWholeTable() {
        let fold = AnalysisFixtures.fold(responses)
        let whole = StatsTable(dataset: dataset, fold: fold)
        let choices: [@Sendable (Month, GroupKey, Measure) -> Bool] = [
            { _, group, _ in group.role == nil },
            { period, group, measure in
                if case .item = measure { return period == AnalysisFixtures.april && group.level == .school }
                return group.role == nil
            },
            { period, _, _ in period == AnalysisFixtures.march },
        ]
        for keep in choices {
            let kept = StatsTable(dataset: dataset, fold: fold, keeping: keep)
            let expected = whole.rows.filter { keep($0.period, $0.group, $0.measureRef) }
            #expect(!expected.isEmpty && expected.count < whole.rows.count)
            #expect(kept.rows == expected)
            #expect(kept.periods == whole.periods)
        }
    }

    /// Trends and signals are over the shown months up to and including the row's month; changes are
    /// from the group's previous and first months.
    @Test func seriesFiguresCoverTheMonthsUpToTheRow() throws {
        let table = StatsTable(dataset: dataset, fold: AnalysisFixtures.fold(responses))
        for (group, measure) in [("A", "trust"), ("A", "t2"), ("F", "trust"), ("all", "clarity")] {
            let level: Level = group == "all" ? .program : .school
            let series = table.series(level: level, group: group, measure: measure)
            #expect(series.map(\.period) == months)
            for (position, row) in series.enumerated() {
                let upToRow = series[...position].filter { !$0.figures.isSuppressed }
                if let hidden = row.figures.suppression {
                    #expect(row.signals == .suppressed(hidden))
                    continue
                }
                let signals = try #require(row.signals?.value)
                #expect(signals.months == upToRow.map(\.period))
                #expect(signals.means == upToRow.map { $0.figures.value!.mean })
                let expectedTrend = Trend(months: upToRow.map(\.period), means: upToRow.map { $0.figures.value!.mean })
                #expect(row.trend?.value == expectedTrend)
                guard position > 0 else {
                    #expect(row.sincePrevious == nil && row.sinceBaseline == nil)
                    continue
                }
                for (change, earlier) in [(row.sincePrevious, series[position - 1]), (row.sinceBaseline, series[0])] {
                    if let hidden = earlier.figures.suppression {
                        #expect(change == .suppressed(hidden))
                    } else {
                        #expect(change?.value?.from == earlier.period)
                    }
                }
            }
        }
        // F's February is hidden: its March change is suppressed, its trend has two shown months.
        let fMarch = try #require(table.row(period: months[1], level: .school, group: "F", measure: "trust"))
        #expect(fMarch.sincePrevious?.isSuppressed == true)
        let fApril = try #require(table.row(period: months[2], level: .school, group: "F", measure: "trust"))
        #expect(fApril.trend == nil && fApril.signals?.value?.months == [months[1], months[2]])
    }

    /// A month comes in blocks of groups: the same rows and reliability, in the same order, whatever the
    /// block size; with changes, each is adjusted over the whole month's family, not its block's (the
    /// fixtures' months have changes on both sides of the block boundaries, some of them tested).
    @Test(arguments: [(1, false), (2, false), (7, false), (1, true), (2, true), (7, true)])
    func blocksOfGroupsJoinToTheMonthsRows(groupsPerBlock: Int, longitudinal: Bool) {
        let fold = AnalysisFixtures.fold(responses)
        var options = AnalysisOptions(longitudinal: longitudinal)
        let whole = StatsTable(dataset: dataset, fold: fold, options: options)
        options.groupsPerBlock = groupsPerBlock
        var calls: [Month] = []
        var rows: [FigureRow] = []
        var reliability: [ReliabilityRow] = []
        StatsTable.analyse(dataset: dataset, fold: fold, options: options) { block in
            #expect(Set(block.rows.map(\.group)).count <= groupsPerBlock)
            calls.append(block.period)
            rows += block.rows
            reliability += block.reliability
        }
        #expect(calls.count > months.count && calls == calls.sorted())
        #expect(rows == whole.rows && reliability == whole.reliability)
        #expect(StatsTable(dataset: dataset, fold: fold, options: options).periods == months)
        if longitudinal {
            let adjusted = rows.compactMap { $0.sincePrevious?.value?.adjustedPValue }
            #expect(adjusted.count > 10 && adjusted.contains { $0 < 1 })
        }
    }

    /// A group new in the last month analysed gets the rows it would get with a month after it: its series
    /// serve that month's rows and are not kept (a dataset of one month keeps none).
    @Test func aGroupNewInTheLastMonthHasTheRowsItWouldHaveWithAMonthAfter() {
        var generator = AnalysisFixtures.Generator(state: 5)
        let newcomer = AnalysisFixtures.responses(12, school: "E", month: AnalysisFixtures.april, generator: &generator)
        let may = AnalysisFixtures.responses(20, school: "A", month: Month("2026-05")!, generator: &generator)
        let aprilLast = StatsTable(dataset: dataset, fold: AnalysisFixtures.fold(responses + newcomer))
        let mayAfter = StatsTable(dataset: dataset, fold: AnalysisFixtures.fold(responses + newcomer + may))
        func newcomerRows(_ table: StatsTable) -> [FigureRow] {
            table.rows.filter { $0.group.group == "E" && $0.period == AnalysisFixtures.april }
        }
        #expect(newcomerRows(aprilLast).count == 2 * 8)  // all staff and teachers, 8 measures each
        #expect(newcomerRows(aprilLast) == newcomerRows(mayAfter))
        #expect(
            newcomerRows(aprilLast).allSatisfy { row in
                row.sincePrevious == nil && row.trend == nil
                    && (row.figures.isSuppressed
                        ? row.signals?.value == nil : row.signals?.value?.months == [AnalysisFixtures.april])
            })
    }

    /// The contract's figures alone are those of the full rows, in the same order, with and without
    /// role rows and complementary suppression.
    @Test(arguments: [
        (true, AnalysisOptions.SuppressionMode.complementary), (false, .complementary), (true, .primaryOnly),
    ])
    func coreFiguresAreTheFullRowsFigures(roles: Bool, suppression: AnalysisOptions.SuppressionMode) {
        let fold = AnalysisFixtures.fold(responses)
        var options = AnalysisOptions(suppression: suppression, roleBreakdowns: roles)
        options.groupsPerBlock = 3
        let expected = StatsTable(dataset: dataset, fold: fold, options: options).rows.map(CoreFigures.init)
        var core: [CoreFigures] = []
        StatsTable.analyseCore(dataset: dataset, fold: fold, options: options) { core += $0 }
        #expect(core == expected)
        #expect(core.contains { $0.isSuppressed && $0.mean == nil && $0.n > 0 })
    }

    @Test func aFoldWithoutRolesGivesTheSameAllStaffRows() {
        let options = AnalysisOptions(roleBreakdowns: false, reliability: false)
        var byRole = PulseFold(instrument: dataset.instrument)
        var pooled = PulseFold(instrument: dataset.instrument, roles: false, reliability: false)
        for response in responses {
            byRole.add(response)
            pooled.add(response)
        }
        #expect(pooled.cells.count < byRole.cells.count && pooled.roles.names == [PulseFold.anyRole])
        #expect(pooled.layout.width < byRole.layout.width)
        let expected = StatsTable(dataset: dataset, fold: byRole, options: options).rows
        #expect(StatsTable(dataset: dataset, fold: pooled, options: options).rows == expected)
        #expect(pooled.emptyCopy().keepsRoles == false && pooled.emptyCopy().layout == pooled.layout)
    }
}
