import Foundation
import PulseModel
import Testing

@testable import PulseIngest

/// The fast path's parse cost alone, on a real dataset folder: skipped unless `PULSE_PARSE_BENCH` names
/// one. Run it in release, on a quiet machine:
///
///     PULSE_PARSE_BENCH=/tmp/pulse-bench-data/single-2000000 swift test -c release --filter ParseBenchmark
///
/// The sink only counts, so the figures are the reading, scanning, checking and decoding of rows: one part
/// (one core: CPU ns per row) and `DatasetFolder.readResponses(into:)` on every core (wall rows/s).
@Suite("Ingest: fast path parse benchmark", .serialized)
struct ParseBenchmark {
    static let folder = ProcessInfo.processInfo.environment["PULSE_PARSE_BENCH"]

    /// Counts rows and adds up their answers, so that nothing decoded can be left out.
    struct CountingSink: ResponseSink {
        var rows = 0
        var checksum = 0

        func emptyCopy() -> CountingSink { CountingSink() }
        mutating func add(_ response: Response) { rows += 1 }
        mutating func role(named name: String) -> Int { name.utf8.count }
        mutating func add(month: Month, school: Int, role: Int, answers: UnsafeBufferPointer<Int8>) {
            rows += 1
            checksum &+= month.month &+ school &+ role &+ Int(answers[0]) &+ Int(answers[answers.count - 1])
        }
        mutating func merge(_ other: CountingSink) {
            rows += other.rows
            checksum &+= other.checksum
        }
    }

    /// This process's CPU time in nanoseconds.
    static func cpuNanoseconds() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return time.tv_sec * 1_000_000_000 + time.tv_nsec
    }

    @Test(.enabled(if: folder != nil)) func parseRate() throws {
        let folder = try DatasetFolder(URL(fileURLWithPath: Self.folder!))
        let onePart = CanonicalPulseFile(dataset: folder.dataset, parts: 1)
        var best = Int.max
        var rows = 0
        for _ in 0..<5 {
            var seen = ResponseIDSet()
            var log = DiagnosticLog()
            var sink = CountingSink()
            let start = Self.cpuNanoseconds()
            for url in folder.pulseFiles {
                let tally = onePart.read(url, file: url.lastPathComponent, seen: &seen, log: &log, into: &sink)
                #expect(tally != nil, "\(url.lastPathComponent) went to the plain path")
            }
            best = min(best, Self.cpuNanoseconds() - start)
            rows = sink.rows
        }
        #expect(rows > 0)
        print("parse, one part: \(rows) rows, best of 5 \(best / 1_000_000) ms CPU, \(best / max(rows, 1)) ns/row")

        var bestWall = Duration.seconds(1_000)
        for _ in 0..<5 {
            var copy = folder
            var sink = CountingSink()
            let elapsed = ContinuousClock().measure { copy.readResponses(into: &sink) }
            bestWall = min(bestWall, elapsed)
            #expect(sink.rows == rows)
        }
        let seconds = Double(bestWall.components.seconds) + Double(bestWall.components.attoseconds) / 1e18
        print("readResponses(into:), every core: best of 5 \(bestWall), \(Int(Double(rows) / seconds)) rows/s")
    }
}
