import Foundation
import PulseStats

/// Loads the reference values written by scripts/reference/make_stats_fixtures.py from Tests/Fixtures/stats.
enum MethodsFixture {
    private struct Document<Case: Decodable>: Decodable { var cases: Case }

    /// The `cases` of fixture `name` (without extension), found by walking up from this file to Tests/Fixtures.
    static func cases<Case: Decodable>(_ name: String, as type: Case.Type = Case.self) throws -> Case {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("Fixtures/stats/\(name).json")
            if FileManager.default.fileExists(atPath: candidate.path) {
                return try JSONDecoder().decode(Document<Case>.self, from: Data(contentsOf: candidate)).cases
            }
            directory.deleteLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Tests/Fixtures/stats/\(name).json"])
    }
}

/// Whether `actual` agrees with `expected` to `relative` tolerance, or to `absolute` near zero.
func agrees(_ actual: Double?, _ expected: Double?, relative: Double = 1e-9, absolute: Double = 0) -> Bool {
    switch (actual, expected) {
    case (nil, nil): return true
    case (let a?, let e?):
        if a == e { return true }
        guard a.isFinite, e.isFinite else { return false }
        return abs(a - e) <= max(relative * max(abs(a), abs(e)), absolute)
    default: return false
    }
}

/// The sample summary as the fixtures store it.
struct SummaryFixture: Decodable {
    var n: Int
    var mean: Double
    var variance: Double
    var summary: SampleSummary { SampleSummary(n: n, mean: mean, variance: variance) }
}
