import PulseModel
import PulseStats
import Testing

@testable import PulseReports

@Suite("Models report models")
struct ModelsReportModelTests {
    let fixture = ReportFixture()

    @Test func tileCarriesFiguresVerdictsAndHistory() throws {
        let summary = GroupSummary(fixture.input, group: fixture.key(.school, "N1"))
        #expect(summary.responses == 12)
        #expect(summary.staff == 20)
        #expect(summary.responseRate == 0.6)
        #expect(summary.programMonth == 2)
        #expect(summary.stage?.number == 1)
        let trust = try #require(summary.tile("Trust"))
        let score = try #require(trust.score?.value)
        #expect(score.mean == 4.5)
        #expect(score.n == 12)
        #expect(trust.sincePrevious?.value?.verdict == .improved)
        #expect(trust.history.map(\.month) == [ReportFixture.february, ReportFixture.march])
        #expect(summary.tile("Care")?.sincePrevious?.value?.verdict == .withinNoise)
        #expect(trust.takeaway.text.hasPrefix("Trust rose 3.00 since February 2026, beyond noise (adjusted p "))
    }

    @Test func suppressedGroupsCarryOnlyTheirSuppression() throws {
        let tiny = GroupSummary(fixture.input, group: fixture.key(.school, "tiny"))
        let tile = try #require(tiny.tile("Trust"))
        #expect(tile.score?.suppression?.cause == .primary)
        #expect(tile.sincePrevious?.value == nil)
        #expect(tile.history.allSatisfy { $0.mean?.value == nil })
        #expect(tile.takeaway.text == "Trust: fewer than 5 responses, so no figures are shown.")
        // N 1 (8 respondents) is hidden so that tiny cannot be recovered from the cluster total.
        let sibling = GroupSummary(fixture.input, group: fixture.key(.school, "N 1"))
        #expect(sibling.tile("Trust")?.score?.suppression?.cause == .complementary)
        #expect(
            sibling.tile("Trust")?.score?.suppression?.label == "hidden to protect a group with fewer than 5 responses")
    }

    @Test func takeawaysWordImprovedDeclinedAndNoise() {
        func change(_ difference: Double, _ verdict: Verdict, p: Double) -> Figure<ChangeSummary> {
            .shown(
                ChangeSummary(
                    Change(
                        comparison: .previous, from: ReportFixture.february, meanDifference: difference, welch: nil,
                        adjustedPValue: p, hedgesG: nil, favorableDifference: 0, proportionTest: nil, verdict: verdict))
            )
        }
        #expect(
            Takeaway.change("Trust", change(0.4, .improved, p: 0.003)).text
                == "Trust rose 0.40 since February 2026, beyond noise (adjusted p = 0.003).")
        #expect(
            Takeaway.change("Trust", change(-0.35, .declined, p: 0.0001)).text
                == "Trust fell 0.35 since February 2026, beyond noise (adjusted p < 0.001).")
        #expect(
            Takeaway.change("Trust", change(0.12, .withinNoise, p: 0.4)).text
                == "Trust moved +0.12 since February 2026: within noise.")
        #expect(
            Takeaway.change("Trust", .suppressed(Suppression(n: 2, minimum: 5, cause: .primary))).text
                == "Trust: fewer than 5 responses, so no change is shown.")
        #expect(Takeaway.change("Trust", nil).text == "Trust: no earlier month to compare with yet.")
    }

    @Test func moversAreOnlyTestedChangesLargestFirst() {
        let movers = Mover.biggest(fixture.input, among: [.cluster, .school])
        #expect(!movers.isEmpty)
        #expect(movers.allSatisfy { $0.change.isTested && $0.dimension == "Trust" })
        #expect(movers.map(\.group.id).contains("N1"))
        #expect(!movers.map(\.group.id).contains("tiny"))
        let sizes = movers.map { abs($0.change.meanDifference) }
        #expect(sizes == sizes.sorted(by: >))
    }

    @Test func milestonesAreJudgedAsOfTheDate() throws {
        let summary = MilestoneSummary(fixture.input, schools: ["N1"])
        let byActivity = Dictionary(uniqueKeysWithValues: summary.entries.map { ($0.activity, $0) })
        #expect(byActivity["Workshop"]?.status == .late)
        #expect(byActivity["Workshop"]?.daysLate == 39)
        #expect(byActivity["Action plan"]?.status == .done)
        #expect(byActivity["Action plan"]?.daysLate == 4)
        #expect(byActivity["Coaching"]?.status == .atRisk)
        // Completed on 2 April: not yet done on 31 March.
        #expect(byActivity["Launch"]?.status == .onTrack)
        #expect(byActivity["Launch"]?.completed == nil)
        let stage1 = try #require(summary.stages.first)
        #expect((stage1.done, stage1.late, stage1.atRisk, stage1.onTrack) == (1, 1, 1, 1))
        #expect(summary.late.map(\.activity) == ["Workshop"])
        #expect(
            summary.takeaway.text == "1 milestone late (longest 39 days: Workshop, North One), 1 at risk; 1 of 4 done.")
        let later = MilestoneSummary(
            ReportInput(
                dataset: fixture.dataset, table: fixture.table, quality: fixture.input.quality,
                month: ReportFixture.march, asOf: Day("2026-04-30")!), schools: ["N1"])
        #expect(later.entries.first { $0.activity == "Launch" }?.status == .done)
    }

    @Test func challengesOpenAsOfTheDateHighestLevelFirst() {
        let summary = ChallengeSummary(fixture.input, schools: ["N1"])
        #expect(summary.open.map(\.summary) == ["District initiative clashes", "No time for meetings"])
        #expect(summary.open.first?.daysOpen == 49)
        #expect(summary.resolved == 1)
        #expect(summary.takeaway.text == "2 open challenges: 1 escalated to the area, 1 at school level.")
    }

    @Test func dataQualityGroupsReasons() {
        let quality = fixture.input.quality
        #expect(quality.read == 70 && quality.accepted == 66 && quality.rejected == 4)
        let messages = quality.reasons.map(\.message)
        #expect(messages == ["bad date \"…\"", "unknown school \"…\"", "extra column \"…\""])
        #expect(quality.reasons.map(\.count) == [2, 2, 1])
        #expect(quality.summary == "70 rows read: 66 accepted, 4 rejected; 4 errors, 1 warning.")
    }

    @Test func goalProgressOfTheClusterGoal() throws {
        let school = try #require(GoalProgress(fixture.input, group: fixture.key(.school, "N1"), dimension: "Trust"))
        #expect(school.owner.id == "north")
        #expect(school.current?.value == 100)
        #expect(school.baseline == 0)
        #expect(school.isMet)
        #expect(GoalProgress(fixture.input, group: fixture.key(.school, "N1"), dimension: "Care") == nil)
    }

    @Test func answerDistributionsRespectSuppression() throws {
        let cells = MonthCells(fixture.input, fold: fixture.fold)
        let items = ItemDistribution.all(fixture.input, group: fixture.key(.school, "N1"), cells: cells)
        #expect(items.map(\.itemID) == ["t1", "t2", "c1", "c2"])
        let t1 = try #require(items.first?.distribution.value)
        #expect(t1.shares == [0, 0, 0, 0.5, 0.5])
        #expect(items.first?.categories.last == "Strongly agree")
        // c2 is reverse-scored: answers 2, 3, 4 score 4, 3, 2.
        #expect(items.last?.distribution.value?.shares == [0, 4.0 / 12, 4.0 / 12, 4.0 / 12, 0])
        let tiny = ItemDistribution.all(fixture.input, group: fixture.key(.school, "tiny"), cells: cells)
        #expect(tiny.allSatisfy { $0.distribution.suppression?.minimum == 5 })
    }

    @Test func answerDistributionsFromMonthCellsEqualThoseMergedFromTheFold() {
        let input = fixture.input
        let cells = MonthCells(input, fold: fixture.fold)
        let groups =
            [fixture.key(.program, GroupKey.programID)]
            + input.dataset.clusters.map { fixture.key(.cluster, $0.id) }
            + input.dataset.schools.map { fixture.key(.school, $0.id) }
        var shown = 0
        for group in groups {
            let fromCells = ItemDistribution.all(input, group: group, cells: cells).map(\.distribution)
            let fromFold = input.dataset.instrument.items.compactMap { item in
                input.table.answerDistribution(
                    period: input.month, group: group, item: item.id, fold: fixture.fold, dataset: input.dataset)
            }
            #expect(fromCells == fromFold, "\(group)")
            shown += fromCells.count { $0.value != nil }
        }
        #expect(shown > 0)
    }

    @Test func milestonesAndChallengesDoNotDependOnTheOrderOrRepeatsOfTheSchools() {
        let input = fixture.input
        #expect(
            MilestoneSummary(input, schools: ["S1", "N1", "N1"]) == MilestoneSummary(input, schools: ["N1", "S1"]))
        #expect(MilestoneSummary(input, schools: ["N1"]).entries.count == 4)
        #expect(
            ChallengeSummary(input, schools: ["S1", "N1", "N1"]) == ChallengeSummary(input, schools: ["N1", "S1"]))
        #expect(ChallengeSummary(input, schools: ["N1"]).open.count == 2)
    }

    @Test func moversWithinSchoolsAreTheProgramsMoversOfThoseGroups() {
        let input = fixture.input
        let all = Mover.biggest(input, among: [.program, .cluster, .school], limit: .max)
        #expect(!all.isEmpty)
        for schools: Set<String> in [["N1"], ["N1", "N 1", "tiny"], ["S1"], ["N1", "S1"]] {
            let clusters = Set(input.dataset.schools.filter { schools.contains($0.id) }.map(\.clusterID))
            let expected = all.filter { mover in
                switch mover.group.level {
                case .program: true
                case .cluster: clusters.contains(mover.group.id)
                case .school: schools.contains(mover.group.id)
                }
            }
            let within = Mover.biggest(input, among: [.program, .cluster, .school], within: schools, limit: .max)
            #expect(within == expected, "\(schools)")
        }
    }

    @Test func trendNamesSignalsAndRulesNotYetTestable() {
        let trend = DimensionTrend(fixture.input, group: fixture.key(.school, "N1"), dimension: "Trust")
        #expect(trend.points.count == 2)
        #expect(trend.notYet.contains { $0.rule == .shift })
        #expect(trend.goal?.goal.target == 60)
    }
}
