import PulseModel
import Testing

@testable import PulseStats

@Suite("Analysis: changes")
struct AnalysisChangeTests {
    let dataset = AnalysisFixtures.dataset
    let february = AnalysisFixtures.february
    let march = AnalysisFixtures.march
    let april = AnalysisFixtures.april

    /// A improves (answers 1–3 → 3–5), D declines (3–5 → 1–3), G stays (the same answers each month),
    /// F is too small in February; April repeats March.
    var responses: [Response] {
        var generator = AnalysisFixtures.Generator(state: 3)
        var all: [Response] = []
        for (month, up) in [(february, false), (march, true), (april, true)] {
            all += AnalysisFixtures.responses(
                30, school: "A", month: month, answers: up ? 3...5 : 1...3, generator: &generator)
            all += AnalysisFixtures.responses(
                30, school: "D", month: month, answers: up ? 1...3 : 3...5, generator: &generator)
            var same = AnalysisFixtures.Generator(state: 99)
            all += AnalysisFixtures.responses(20, school: "G", month: month, generator: &same)
            all += AnalysisFixtures.responses(
                month == february ? 3 : 12, school: "F", month: month, generator: &generator)
        }
        return all
    }

    var table: StatsTable { StatsTable(dataset: dataset, fold: AnalysisFixtures.fold(responses)) }

    func change(_ table: StatsTable, _ school: String, _ month: Month, _ comparison: Comparison) -> Figure<Change>? {
        table.row(period: month, level: .school, group: school, measure: "trust")?.change(comparison)
    }

    @Test func realChangesAreCalledAndNoiseIsNot() throws {
        let table = table
        let improved = try #require(change(table, "A", march, .previous)?.value)
        #expect(improved.verdict == .improved && improved.meanDifference > 1)
        #expect(improved.from == february && improved.test == "Welch's t-test, Benjamini–Hochberg adjusted")
        #expect(improved.hedgesG! > 1 && improved.favorableDifference > 0)
        #expect(improved.adjustedPValue! < 0.05 && improved.adjustedPValue! >= improved.welch!.pValue)
        #expect(improved.proportionTest!.pValue < 0.05)
        #expect(change(table, "D", march, .previous)?.value?.verdict == .declined)
        let same = try #require(change(table, "G", april, .previous)?.value)
        #expect(same.meanDifference == 0 && same.verdict == .withinNoise && same.adjustedPValue! > 0.05)
        // April repeats March's distribution: within noise since March, improved since the baseline.
        #expect(change(table, "A", april, .previous)?.value?.verdict == .withinNoise)
        let sinceBaseline = try #require(change(table, "A", april, .baseline)?.value)
        #expect(sinceBaseline.from == february && sinceBaseline.verdict == .improved)
        #expect(change(table, "A", february, .previous) == nil && change(table, "A", february, .baseline) == nil)
    }

    @Test func aChangeWithASuppressedSideIsSuppressed() {
        let table = table
        let fromSmall = change(table, "F", march, .previous)
        #expect(fromSmall?.suppression == Suppression(n: 3, minimum: 5, cause: .primary))
        #expect(change(table, "F", april, .previous)?.value != nil)
        #expect(change(table, "F", april, .baseline)?.isSuppressed == true)
    }

    @Test func benjaminiHochbergRunsOverEachPeriodAndComparison() {
        let table = table
        for period in [march, april] {
            for comparison in Comparison.allCases {
                let family = table.rows.filter { $0.period == period }.compactMap { $0.change(comparison)?.value }
                    .filter { $0.welch != nil }
                #expect(family.count > 10)
                let adjusted = BenjaminiHochberg.adjust(family.map { $0.welch!.pValue })
                #expect(family.map(\.adjustedPValue!) == adjusted)
                for change in family {
                    let expected: Verdict =
                        change.adjustedPValue! >= 0.05
                        ? .withinNoise : change.meanDifference > 0 ? .improved : .declined
                    #expect(change.verdict == expected)
                }
            }
        }
    }
}
