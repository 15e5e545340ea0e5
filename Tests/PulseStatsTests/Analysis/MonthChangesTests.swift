import Testing

@testable import PulseStats

@Suite("Analysis: a month's changes adjusted together")
struct MonthChangesTests {
    /// Each family is Benjamini–Hochberg over its own rows with a p value, in row order; a row without
    /// one (or past the month's rows) has no adjusted p, and the other family does not count.
    @Test func eachFamilyIsAdjustedOverItsRowsWithAPValue() {
        let pValues = [
            ChangePValues(previous: 0.01, baseline: nil), ChangePValues(previous: nil, baseline: 0.04),
            ChangePValues(previous: 0.04, baseline: 0.03), ChangePValues(),
            ChangePValues(previous: 0.5, baseline: 0.02),
        ]
        let changes = MonthChanges(pValues)
        let previous = BenjaminiHochberg.adjust([0.01, 0.04, 0.5])
        let baseline = BenjaminiHochberg.adjust([0.04, 0.03, 0.02])
        #expect(
            (0..<6).map { changes.adjustedP(.previous, row: $0) } == [
                previous[0], nil, previous[1], nil, previous[2], nil,
            ])
        #expect(
            (0..<6).map { changes.adjustedP(.baseline, row: $0) } == [
                nil, baseline[0], baseline[1], nil, baseline[2], nil,
            ])
        #expect(abs(previous[1] - 0.06) < 1e-15 && baseline == [0.04, 0.04, 0.04])
        #expect(MonthChanges().adjustedP(.previous, row: 0) == nil)
    }
}
