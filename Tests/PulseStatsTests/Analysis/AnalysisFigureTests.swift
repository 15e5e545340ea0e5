import PulseModel
import Testing

@testable import PulseStats

@Suite("Analysis: figures")
struct AnalysisFigureTests {
    let responses = AnalysisFixtures.mixed()
    let dataset = AnalysisFixtures.dataset

    var table: StatsTable {
        StatsTable(
            dataset: dataset, fold: AnalysisFixtures.fold(responses),
            options: AnalysisOptions(suppression: .primaryOnly))
    }

    @Test func everyFigureEqualsTheNaiveComputation() throws {
        let table = table
        #expect(table.periods == [AnalysisFixtures.february, AnalysisFixtures.march, AnalysisFixtures.april])
        #expect(!table.rows.isEmpty)
        for row in table.rows {
            let group = NaiveFigures.responses(of: row, in: responses, dataset: dataset)
            #expect(row.responses == group.count)
            let naive = NaiveFigures(group, measure: row.measureRef, instrument: dataset.instrument)
            #expect(row.n == (naive?.n ?? 0))
            guard let naive, naive.n >= dataset.program.minGroupSize else {
                #expect(row.figures.suppression == Suppression(n: row.n, minimum: 5, cause: .primary))
                continue
            }
            let f = try #require(row.figures.value)
            #expect(close(f.mean, naive.mean), "\(row.period) \(row.group) \(row.measure)")
            #expect(close(f.sd!, naive.sd!, relative: 1e-10))
            #expect(f.median == naive.median)
            #expect(close(f.favorablePercent, naive.favorablePercent))
            #expect(close(f.neutralPercent, naive.neutralPercent))
            #expect(close(f.unfavorablePercent, naive.unfavorablePercent))
            #expect(close(f.standardError!, naive.sd! / Double(naive.n).squareRoot(), relative: 1e-10))
            let ci = try #require(f.meanInterval)
            #expect(ci.lower < f.mean && f.mean < ci.upper)
            let wilson = try #require(f.favorableInterval)
            #expect(
                wilson.lower - 1e-9 <= f.favorablePercent && f.favorablePercent <= wilson.upper + 1e-9,
                "\(wilson) \(f.favorablePercent)")
        }
    }

    @Test func responseRatesUseTheStaffOfTheGroupsSchools() {
        let table = table
        let march = AnalysisFixtures.march
        let staff = dataset.schools.map(\.staffCount)
        let program = table.row(period: march, level: .program, group: "all", measure: "trust")!
        #expect(program.responseRate == Double(program.responses) / Double(staff.reduce(0, +)))
        let c1 = table.row(period: march, level: .cluster, group: "C1", measure: "trust")!
        #expect(c1.responseRate == Double(c1.responses) / Double(staff[0] + staff[1] + staff[2]))
        let b = table.row(period: march, level: .school, group: "B", measure: "t1")!
        #expect(b.responseRate == Double(b.responses) / Double(staff[1]))
        #expect(
            table.row(period: march, level: .school, group: "B", role: "teacher", measure: "t1")?.responseRate == nil)
    }

    @Test func rowsComeInReportOrder() {
        let table = table
        let march = table.rows.filter { $0.period == AnalysisFixtures.march }
        let groups = table.groups(period: AnalysisFixtures.march)
        #expect(groups == groups.sorted())
        #expect(groups.first == GroupKey(level: .program, group: "all"))
        #expect(groups.contains(GroupKey(level: .school, group: "A", role: RoleTable.unspecified)))
        #expect(Array(march.prefix(8).map(\.measure)) == ["trust", "t1", "t2", "t3", "t4", "clarity", "c1", "c2"])
        #expect(table.rows.map(\.period) == table.rows.map(\.period).sorted())
        let series = table.series(level: .cluster, group: "C1", measure: "trust")
        #expect(series.map(\.period) == table.periods)
    }

    @Test func trendsNeedThreeShownMonthsAndSignalsKeepEveryRule() throws {
        let table = table
        let april = try #require(
            table.row(period: AnalysisFixtures.april, level: .program, group: "all", measure: "trust"))
        let trend = try #require(april.trend?.value)
        #expect(trend.months == table.periods)
        let series = table.series(level: .program, group: "all", measure: "trust").map { $0.figures.value!.mean }
        let fitted = try #require(LinearTrend.fit(x: [0, 1, 2], y: series))
        #expect(trend.linear == fitted)
        #expect(
            table.row(period: AnalysisFixtures.march, level: .program, group: "all", measure: "trust")?.trend == nil)
        let signals = try #require(april.signals?.value)
        #expect(signals.outcomes.map(\.rule) == Signal.Rule.allCases)
        #expect(signals.means == series)
        guard case .notEnoughPoints(needed: 6, _) = signals.outcomes[0].outcome else {
            Issue.record("a run-chart shift needs 6 points: \(signals.outcomes[0].outcome)")
            return
        }
    }

    @Test func reliabilityIsCronbachOnCompleteCases() throws {
        let table = table
        let march = AnalysisFixtures.march
        let row = try #require(table.reliability(period: march, level: .program, group: "all", dimension: "trust"))
        let items = dataset.instrument.dimensions[0].itemIndices
        let group = responses.filter { $0.month == march }
        let complete = group.filter { r in items.allSatisfy { r.answers[$0] != Response.skipped } }
        #expect(row.completeCases == complete.count)
        let scores = complete.map { r in items.map { Double(dataset.instrument.items[$0].score(Int(r.answers[$0]))) } }
        func variance(_ x: [Double]) -> Double {
            let mean = x.reduce(0, +) / Double(x.count)
            return x.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(x.count - 1)
        }
        let k = Double(items.count)
        let itemVariances = (0..<items.count).map { j in variance(scores.map { $0[j] }) }.reduce(0, +)
        let alpha = k / (k - 1) * (1 - itemVariances / variance(scores.map { $0.reduce(0, +) }))
        let figures = try #require(row.figures?.value)
        #expect(close(figures.alpha, alpha, relative: 1e-9))
        #expect(figures.items == ["t1", "t2", "t3", "t4"] && figures.correlations.count == 4)
        let small = table.reliability.filter { $0.completeCases < 5 }
        #expect(!small.isEmpty && small.allSatisfy { $0.figures?.isSuppressed == true })
    }
}
