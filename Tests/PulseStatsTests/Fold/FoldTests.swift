import PulseModel
import Testing

@testable import PulseStats

@Suite("Fold: accumulators")
struct FoldTests {
    let layout = FoldLayout(instrument: FoldFixtures.instrument)

    func cell(_ answers: [[Int8]]) -> CellAccumulator {
        var cell = CellAccumulator(layout: layout)
        for a in answers { cell.add(a, layout: layout) }
        return cell
    }

    @Test func itemHistogramReflectsReverseItemsAndSkipsBlanks() {
        let c = cell([[5, 4, 0, 1, 3, 0], [4, 4, 2, 2, 0, 0], [0, 0, 0, 0, 0, 0]])
        #expect(c.responses == 3)
        let t1 = layout.tally(.item(0), in: c)
        #expect(t1.scaledScores == [4, 5] && t1.counts == [1, 1] && t1.n == 2)
        let t3 = layout.tally(.item(2), in: c)
        #expect(t3.n == 1 && t3.scaledScores == [2])
        // t4 is reverse-scored: answers 1 and 2 score 5 and 4.
        let t4 = layout.tally(.item(3), in: c)
        #expect(t4.scaledScores == [4, 5] && t4.counts == [1, 1])
        #expect(t4.favorable == 2 && t4.favorablePercent == 100)
        #expect(layout.tally(.item(5), in: c).n == 0)
        #expect(layout.tally(.item(5), in: c).mean == nil)
    }

    @Test func itemMeanVarianceAndBands() {
        // c1 answers 1, 3, 3, 5: mean 3, variance (4+0+0+4)/3.
        let c = cell([[0, 0, 0, 0, 1, 0], [0, 0, 0, 0, 3, 0], [0, 0, 0, 0, 3, 0], [0, 0, 0, 0, 5, 0]])
        let tally = layout.tally(.item(4), in: c)
        #expect(tally.n == 4 && tally.s1 == 12 && tally.s2 == 44)
        #expect(tally.mean == 3)
        #expect(tally.variance == 8.0 / 3.0)
        #expect(tally.favorable == 1 && tally.neutral == 2 && tally.unfavorable == 1)
        #expect(tally.favorablePercent == 25 && tally.neutralPercent == 50 && tally.unfavorablePercent == 25)
    }

    @Test func dimensionScoreIsTheMeanOfAnsweredItemsExactly() {
        // 3 of 4 trust items answered (5, 4, 3: sum 12) → score 4: favorable.
        let favorable = cell([[5, 4, 3, 0, 0, 0]])
        let tally = layout.tally(.dimension(0), in: favorable)
        #expect(tally.scale == 12)
        #expect(tally.scaledScores == [48])
        #expect(tally.favorable == 1 && tally.mean == 4)
        // Sum 11 over 3 answered → 3.667: neutral, not favorable.
        let neutral = layout.tally(.dimension(0), in: cell([[5, 4, 2, 0, 0, 0]]))
        #expect(neutral.favorable == 0 && neutral.neutral == 1)
        #expect(neutral.scaledScores == [44])
    }

    @Test func dimensionFiguresMatchThePerRespondentScores() {
        // trust scores: (5+4+3+reverse 2=4)/4 = 4, (1+2)/2 = 1.5, blank → not counted, (3)/1 = 3.
        let c = cell([[5, 4, 3, 2, 1, 1], [1, 2, 0, 0, 2, 0], [0, 0, 0, 0, 0, 0], [0, 0, 3, 0, 0, 0]])
        let tally = layout.tally(.dimension(0), in: c)
        let scores = [4.0, 1.5, 3.0]
        let mean = scores.reduce(0, +) / 3
        #expect(tally.n == 3)
        #expect(abs(tally.mean! - mean) < 1e-12)
        let variance = scores.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 2
        #expect(abs(tally.variance! - variance) < 1e-12)
        #expect(tally.favorable == 1 && tally.unfavorable == 1 && tally.neutral == 1)
        #expect(tally.scores == [1.5, 3, 4])
        // clarity: (1+1)/2 = 1 and 2/1 = 2; L = 2.
        let clarity = layout.tally(.dimension(1), in: c)
        #expect(clarity.scale == 2 && clarity.scaledScores == [2, 4] && clarity.mean == 1.5)
    }

    @Test func reliabilityCountsOnlyCompleteCases() {
        let c = cell([[5, 4, 3, 2, 1, 1], [1, 2, 3, 4, 2, 0], [4, 4, 4, 0, 5, 5]])
        let trust = layout.reliability(ofDimension: 0, in: c)
        // Scored trust answers: (5,4,3,4) and (1,2,3,2); the third response skipped t4.
        #expect(trust.n == 2)
        #expect(trust.sums == [6, 6, 6, 6])
        #expect(trust.crossProducts[0] == [5 * 5 + 1, 5 * 4 + 2, 5 * 3 + 3, 5 * 4 + 2])
        #expect(trust.crossProducts[3][3] == 16 + 4)
        let clarity = layout.reliability(ofDimension: 1, in: c)
        #expect(clarity.n == 2 && clarity.sums == [6, 6] && clarity.crossProducts == [[26, 26], [26, 26]])
    }

    /// Items on a 1–7 scale, one reverse-scored, beside a 1–5 item: every answer lands on its own score.
    @Test func sevenPointAndReverseItemsCountTheirScores() {
        let instrument = Instrument(items: [
            Item(id: "a", dimension: "d", text: "A", scaleMin: 1, scaleMax: 7),
            Item(id: "b", dimension: "d", text: "B", scaleMin: 1, scaleMax: 7, reverse: true),
            Item(id: "c", dimension: "e", text: "C"),
        ])
        let layout = FoldLayout(instrument: instrument)
        var cell = CellAccumulator(layout: layout)
        let rows: [[Int8]] = [[7, 7, 5], [1, 2, 0], [0, 6, 1], [4, 0, 0]]
        for row in rows { cell.add(row, layout: layout) }
        #expect(layout.tally(.item(0), in: cell).scaledScores == [1, 4, 7])
        #expect(layout.tally(.item(1), in: cell).scaledScores == [1, 2, 6])  // 8 − 7, 8 − 6, 8 − 2
        #expect(layout.tally(.item(2), in: cell).counts == [1, 1])
        // Dimension d: (7 + 1)/2 = 4, (1 + 6)/2 = 3.5, 2/1 = 2, 4/1 = 4 (L = 2).
        let d = layout.tally(.dimension(0), in: cell)
        #expect(d.scaledScores == [4, 7, 8] && d.counts == [1, 1, 2])
        #expect(layout.reliability(ofDimension: 0, in: cell).n == 2)
        #expect(layout.reliability(ofDimension: 0, in: cell).sums == [8, 7])
    }

    /// A tally's median is the histogram median of its scores, for items and dimensions, odd and even n.
    @Test func tallyMedianIsTheHistogramMedian() {
        for count in [1, 2, 3, 10, 57, 300] {
            let c = cell(FoldFixtures.many(count, seed: UInt64(count)).map(\.answers))
            for measure in Measure.all(of: FoldFixtures.instrument) {
                let tally = layout.tally(measure, in: c)
                #expect(
                    tally.median == Median.ofHistogram(tally.counts, values: tally.scores), "\(measure) n \(tally.n)")
            }
        }
        #expect(layout.tally(.item(0), in: cell([])).median == nil)
    }

    /// A histogram counted at once adds up as its bins counted one by one, wherever the favorable and
    /// unfavorable thresholds fall (overlapping too: a bin that is both is favorable), for the bins
    /// `FoldLayout.ScoreBins` finds.
    @Test func aHistogramCountedAtOnceIsItsBinsCountedOneByOne() {
        let scores = [4, 5, 6, 8, 10, 12, 15, 16, 18, 20]  // L = 4: scores 1 … 5, ascending
        var state: UInt64 = 3
        for favorableMin in 0...6 {
            for unfavorableMax in 0...6 {
                let bins = FoldLayout.ScoreBins(
                    offset: 0, scaledScores: scores, scale: 4, favorableMin: favorableMin,
                    unfavorableMax: unfavorableMax)
                let counts = scores.map { _ in
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    return Int(state >> 54)
                }
                var oneByOne = ScoreMoments(scale: 4, favorableMin: favorableMin, unfavorableMax: unfavorableMax)
                for (score, count) in zip(scores, counts) { oneByOne.add(scaledScore: score, count: count) }
                var atOnce = ScoreMoments(scale: 4, favorableMin: favorableMin, unfavorableMax: unfavorableMax)
                scores.withUnsafeBufferPointer { scores in
                    counts.withUnsafeBufferPointer { counts in
                        atOnce.add(
                            scaledScores: scores, counts: counts.baseAddress!, favorableFrom: bins.favorableFrom,
                            unfavorableEnd: bins.unfavorableEnd)
                    }
                }
                #expect(atOnce == oneByOne, "favorable from \(favorableMin), unfavorable to \(unfavorableMax)")
            }
        }
    }

    /// `moments` and `respondents` read a cell as the tally does, without its arrays; the tally's sums are
    /// its histogram's.
    @Test func momentsAndRespondentsAreTheTallys() {
        for count in [0, 1, 2, 57, 300] {
            let c = cell(FoldFixtures.many(count, seed: UInt64(count) + 11).map(\.answers))
            for measure in Measure.all(of: FoldFixtures.instrument) {
                let tally = layout.tally(measure, in: c)
                #expect(layout.moments(measure, in: c) == tally.moments, "\(measure) n \(count)")
                #expect(layout.respondents(measure, in: c) == tally.n)
                let pairs = zip(tally.scaledScores, tally.counts)
                #expect(tally.n == tally.counts.reduce(0, +))
                #expect(tally.s1 == pairs.reduce(0) { $0 + $1.0 * $1.1 })
                #expect(tally.s2 == pairs.reduce(0) { $0 + $1.0 * $1.0 * $1.1 })
            }
        }
    }

    @Test func mergeIsAdditionAndAssociative() {
        let rows = FoldFixtures.many(60)
        let a = cell(rows[0..<20].map(\.answers))
        let b = cell(rows[20..<45].map(\.answers))
        let c = cell(rows[45...].map(\.answers))
        #expect((a + b) + c == a + (b + c))
        #expect((a + b) + c == cell(rows.map(\.answers)))
        #expect(a + b == b + a)
    }

    @Test func foldKeysCellsByMonthSchoolAndRole() {
        var fold = PulseFold(instrument: FoldFixtures.instrument)
        fold.add(FoldFixtures.response([5, 5, 5, 5, 5, 5], school: 1, role: "teacher"))
        fold.add(FoldFixtures.response([1, 1, 1, 1, 1, 1], school: 1, role: " "))
        fold.add(FoldFixtures.response([3, 3, 3, 3, 3, 3], school: 2, role: "teacher", day: FoldFixtures.april))
        #expect(fold.roles.names == ["teacher", RoleTable.unspecified])
        #expect(fold.cells.count == 3)
        #expect(fold.months == [Month("2026-03")!, Month("2026-04")!])
        #expect(fold.merged(month: Month("2026-03")!).responses == 2)
        #expect(fold.merged(month: Month("2026-03")!, role: 1).responses == 1)
        #expect(fold.merged(month: Month("2026-04")!, schools: [1]).responses == 0)
    }

    /// The fast path's two ways in (a row at a time, a batch in columns) fold what `add(_: Response)` folds:
    /// the same cells under the same roles, months and schools mixed within a batch. Without reliability
    /// the layout has `PlainFoldKernel`'s loop, whose batches are checked once; its cells (about 250
    /// responses each) pass from 8 to 16 bits within a batch.
    @Test(arguments: [true, false]) func rowsAndBatchesFoldAsResponsesDo(reliability: Bool) {
        let responses = FoldFixtures.many(6000, seed: 5)
        let (instrument, batchSize) = (FoldFixtures.instrument, 1000)
        var expected = PulseFold(instrument: instrument, reliability: reliability)
        for response in responses { expected.add(response) }
        #expect((expected.layout.kernel.plain == nil) == reliability)
        var byRow = PulseFold(instrument: instrument, reliability: reliability)
        var byBatch = PulseFold(instrument: instrument, reliability: reliability)
        let months = responses.map(\.month), schools = responses.map { Int32($0.schoolIndex) }
        let roles = responses.map { Int32(byBatch.role(named: $0.role)) }
        let answers = responses.flatMap(\.answers)
        for (response, role) in zip(responses, roles) {
            #expect(byRow.role(named: response.role) == Int(role))
            response.answers.withUnsafeBufferPointer {
                byRow.add(month: response.month, school: response.schoolIndex, role: Int(role), answers: $0)
            }
        }
        for batch in stride(from: 0, to: responses.count, by: batchSize) {  // the last one shorter
            let count = min(batchSize, responses.count - batch)
            months.withUnsafeBufferPointer { months in
                schools.withUnsafeBufferPointer { schools in
                    roles.withUnsafeBufferPointer { roles in
                        answers.withUnsafeBufferPointer { answers in
                            let items = instrument.items.count
                            byBatch.add(
                                ResponseRows(
                                    count: count, months: months.baseAddress! + batch,
                                    schools: schools.baseAddress! + batch, roles: roles.baseAddress! + batch,
                                    answers: answers.baseAddress! + batch * items, itemCount: items))
                        }
                    }
                }
            }
        }
        #expect(byRow == expected)
        #expect(byBatch == expected)
        #expect(byBatch.cells.values.map(\.responses).reduce(0, +) == responses.count)
    }

    @Test func foldMergeIsAssociativeAndMatchesRolesByName() {
        let rows = FoldFixtures.many(300)
        func fold(_ slice: ArraySlice<Response>) -> PulseFold {
            var f = PulseFold(instrument: FoldFixtures.instrument)
            for r in slice { f.add(r) }
            return f
        }
        // Reversed order: roles are interned in a different order than in the sequential fold.
        var reversed = PulseFold(instrument: FoldFixtures.instrument)
        for r in rows.reversed() { reversed.add(r) }
        let whole = fold(rows[...])
        #expect(reversed == whole)
        var left = fold(rows[0..<100])
        left.merge(fold(rows[100..<200]))
        left.merge(fold(rows[200...]))
        var right = fold(rows[100..<200])
        right.merge(fold(rows[200...]))
        var outer = fold(rows[0..<100])
        outer.merge(right)
        #expect(left == whole && outer == whole)
        // An empty fold takes what it merges, and stays its own value afterwards.
        var empty = PulseFold(instrument: FoldFixtures.instrument)
        let part = fold(rows[0..<100])
        empty.merge(part)
        #expect(empty == part && empty.roles == part.roles)
        empty.merge(fold(rows[100...]))
        #expect(empty == whole && part == fold(rows[0..<100]))
    }

    @Test(arguments: [1, 2, 3, 8, 1000])
    func parallelFoldEqualsSequentialFold(chunks: Int) {
        let rows = FoldFixtures.many(997)
        var sequential = PulseFold(instrument: FoldFixtures.instrument)
        for r in rows { sequential.add(r) }
        #expect(PulseFold.parallel(rows, instrument: FoldFixtures.instrument, chunks: chunks) == sequential)
    }
}

@Suite("Fold: wide sums")
struct FoldWideSumTests {
    /// n·s2 − s1² beyond Int64 still gives the correctly rounded variance of the 128-bit value.
    @Test func varianceOfAHugeGroupUsesTheExactSpread() throws {
        let tally = MeasureTally(
            scale: 1, histogram: [(1, 1_000_000_000), (2, 3), (5, 1_000_000_001)], favorableMin: 4, unfavorableMax: 2)
        let spread = Int128(tally.n) * Int128(tally.s2) - Int128(tally.s1) * Int128(tally.s1)
        #expect(Int64(exactly: spread) == nil)
        #expect(try #require(tally.variance) == Double(spread) / Double(tally.n * (tally.n - 1)))
    }
}
