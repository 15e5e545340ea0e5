import Testing

@testable import PulseStats

@Suite("Fold: merged counts")
struct MergedCountsTests {
    /// The 8-bit and 64-bit forms add exactly what a lane-at-a-time sum adds, or refuse and change nothing
    /// when a sum would pass 255: for every length up to 40 (runs of sixteen and the bytes after them), with
    /// the one sum that passes placed at each position in turn.
    @Test func addIfRoomAddsEveryCountOrNone() {
        var numbers = AnalysisFixtures.Generator(state: 7)
        for count in 0...40 {
            for passing in [-1] + Array(0..<count) {
                var histograms = (0..<count).map { _ in UInt8(numbers.next(128)) }
                var counts = (0..<count).map { _ in UInt8(numbers.next(128)) }
                if passing >= 0 {
                    histograms[passing] = 200
                    counts[passing] = 56  // 256: one past
                } else if count > 0 {
                    (histograms[count - 1], counts[count - 1]) = (200, 55)  // 255: still fits
                }
                let expected = passing >= 0 ? histograms : zip(histograms, counts).map { $0 &+ $1 }
                for wide in [false, true] {
                    var bytes = histograms
                    let added = bytes.withUnsafeMutableBufferPointer { target in
                        if wide {
                            let ints = counts.map(Int.init)
                            return ints.withUnsafeBufferPointer {
                                MergedCounts.wide($0.baseAddress!).addIfRoom(to: target.baseAddress!, count: count)
                            }
                        }
                        return counts.withUnsafeBufferPointer {
                            MergedCounts.bytes($0.baseAddress!).addIfRoom(to: target.baseAddress!, count: count)
                        }
                    }
                    #expect(added == (passing < 0), "count \(count), passing at \(passing), wide \(wide)")
                    #expect(bytes == expected, "count \(count), passing at \(passing), wide \(wide)")
                }
            }
        }
    }

    /// A negative 64-bit count is never added to 8-bit histograms.
    @Test func aNegativeWideCountIsRefused() {
        var histograms: [UInt8] = [1, 2, 3]
        let counts = [1, -1, 1]
        let added = histograms.withUnsafeMutableBufferPointer { target in
            counts.withUnsafeBufferPointer {
                MergedCounts.wide($0.baseAddress!).addIfRoom(to: target.baseAddress!, count: 3)
            }
        }
        #expect(!added)
        #expect(histograms == [1, 2, 3])
    }

    /// Adding to 16-bit counts widens each 8-bit count, sixteen at a time and the rest one by one, and
    /// touches nothing past `count`.
    @Test func addWidensEveryCount() {
        var numbers = AnalysisFixtures.Generator(state: 11)
        for count in 0...40 {
            let start = (0..<(count + 3)).map { _ in UInt16(numbers.next(60_000)) }
            let counts = (0..<count).map { _ in UInt8(numbers.next(256)) }
            let expected = start.indices.map { $0 < count ? start[$0] + UInt16(counts[$0]) : start[$0] }
            for wide in [false, true] {
                var target = start
                target.withUnsafeMutableBufferPointer { target in
                    if wide {
                        let ints = counts.map(Int.init)
                        ints.withUnsafeBufferPointer {
                            MergedCounts.wide($0.baseAddress!).add(to: target.baseAddress!, count: count)
                        }
                    } else {
                        counts.withUnsafeBufferPointer {
                            MergedCounts.bytes($0.baseAddress!).add(to: target.baseAddress!, count: count)
                        }
                    }
                }
                #expect(target == expected, "count \(count), wide \(wide)")
            }
        }
    }
}
