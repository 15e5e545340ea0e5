import PulseModel
import Testing

@testable import PulseStats

@Suite("Analysis: suppression")
struct AnalysisSuppressionTests {
    let dataset = AnalysisFixtures.dataset
    let march = AnalysisFixtures.march

    func table(_ mode: AnalysisOptions.SuppressionMode) -> StatsTable {
        StatsTable(
            dataset: dataset, fold: AnalysisFixtures.fold(AnalysisFixtures.suppressionScenario()),
            options: AnalysisOptions(suppression: mode))
    }

    func cause(_ table: StatsTable, _ level: Level, _ group: String, role: String? = nil) -> Suppression.Cause? {
        table.row(period: march, level: level, group: group, role: role, measure: "trust")!.figures.suppression?.cause
    }

    @Test func primarySuppressionHidesSmallGroupsOnly() {
        let table = table(.primaryOnly)
        #expect(cause(table, .school, "A") == .primary)
        #expect(cause(table, .school, "B") == nil && cause(table, .school, "D") == nil)
        #expect(cause(table, .cluster, "C2") == .primary)
        #expect(cause(table, .school, "D", role: "senior_leader") == .primary)
        #expect(cause(table, .school, "D", role: "teacher") == nil)
        let a = table.row(period: march, level: .school, group: "A", measure: "trust")!
        #expect(a.figures.suppression == Suppression(n: 3, minimum: 5, cause: .primary))
        #expect(a.n == 3 && a.sincePrevious == nil && a.signals == .suppressed(a.figures.suppression!))
    }

    @Test func complementaryHidesTheSmallestVisibleSchoolOfTheCluster() {
        let table = table(.complementary)
        // C1 (40) = A (3, hidden) + B (12) + D (25): B is the smallest visible sibling.
        #expect(cause(table, .school, "A") == .primary)
        #expect(cause(table, .school, "B") == .complementary)
        #expect(cause(table, .school, "D") == nil)
        #expect(cause(table, .cluster, "C1") == nil)
        let b = table.row(period: march, level: .school, group: "B", measure: "trust")!
        #expect(b.figures.suppression == Suppression(n: 12, minimum: 5, cause: .complementary))
    }

    @Test func complementaryHidesAClusterWithinTheProgram() {
        let table = table(.complementary)
        // The program (51) = C1 (40) + C2 (3, hidden) + C3 (8): C3 is hidden, and so is G, its only school.
        #expect(cause(table, .program, "all") == nil)
        #expect(cause(table, .cluster, "C2") == .primary)
        #expect(cause(table, .cluster, "C3") == .complementary)
        #expect(cause(table, .school, "G") == .complementary)
        #expect(cause(table, .cluster, "C1") == nil)
    }

    @Test func complementaryHidesARoleWithinTheSchool() {
        let table = table(.complementary)
        // D = 23 teachers + 2 senior leaders (hidden): the teachers' row would give the leaders away.
        #expect(cause(table, .school, "D") == nil)
        #expect(cause(table, .school, "D", role: "senior_leader") == .primary)
        #expect(cause(table, .school, "D", role: "teacher") == .complementary)
    }

    @Test(arguments: [1, 2, 3, 5, 8, 13] as [UInt64])
    func noSuppressedSumCanBeRecoveredBySubtraction(seed: UInt64) {
        let responses = AnalysisFixtures.mixed(seed: seed)
        let table = StatsTable(dataset: dataset, fold: AnalysisFixtures.fold(responses))
        var rowsByKey: [String: FigureRow] = [:]
        for row in table.rows { rowsByKey["\(row.period) \(row.group) \(row.measure)"] = row }
        var childrenOf: [String: [FigureRow]] = [:]
        for row in table.rows {
            // A parent has two partitions: by the level below ("levels") and by role ("roles").
            var parents: [(GroupKey, String)] = []
            switch row.level {
            case .program: break
            case .cluster: parents.append((GroupKey(level: .program, group: "all", role: row.role), "levels"))
            case .school:
                let cluster = dataset.school(id: row.group.group)!.clusterID
                parents.append((GroupKey(level: .cluster, group: cluster, role: row.role), "levels"))
            }
            if row.role != nil { parents.append((row.group.allStaff, "roles")) }
            for (parent, kind) in parents {
                childrenOf["\(row.period) \(parent) \(row.measure)|\(kind)", default: []].append(row)
            }
        }
        var checked = 0
        var complementary = 0
        for (parentKey, children) in childrenOf {
            let parent = rowsByKey[String(parentKey.split(separator: "|")[0])]!
            #expect(children.map(\.n).reduce(0, +) == parent.n)
            complementary += children.count { $0.figures.suppression?.cause == .complementary }
            guard let total = parent.figures.value else { continue }
            let answered = children.filter { $0.n > 0 }
            let visible = answered.compactMap { child in child.figures.value.map { (child.n, $0.mean) } }
            let visibleSum = visible.map { Double($0.0) * $0.1 }.reduce(0, +)
            let recovered = abs(Double(parent.n) * total.mean - visibleSum) < 1e-9
            #expect(recovered == (visible.count == answered.count), "\(parentKey)")
            #expect(answered.count - visible.count != 1, "\(parentKey): exactly one hidden child")
            checked += 1
        }
        #expect(checked > 50 && complementary > 0)
    }
}
