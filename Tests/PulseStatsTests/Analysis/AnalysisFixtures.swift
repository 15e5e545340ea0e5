import PulseModel

@testable import PulseStats

/// Small synthetic datasets for the analysis tests, built in code.
///
/// Clusters C1 (schools A, B, D), C2 (E, F), C3 (G); the instrument of `FoldFixtures` (trust: t1…t4 with
/// t4 reverse-scored; clarity: c1, c2); minimum group size 5.
enum AnalysisFixtures {
    static let schoolIDs = ["A", "B", "D", "E", "F", "G"]
    static let dataset = Dataset(
        program: Program(name: "Test program", startMonth: Month("2026-02")!, minGroupSize: 5),
        clusters: ["C1", "C2", "C3"].map { Cluster(id: $0, name: "Cluster \($0)") },
        schools: zip(schoolIDs, ["C1", "C1", "C1", "C2", "C2", "C3"]).enumerated().map { index, pair in
            School(
                id: pair.0, name: "School \(pair.0)", clusterID: pair.1, level: .elementary, staffCount: 10 + 5 * index)
        },
        instrument: FoldFixtures.instrument)

    static let february = Month("2026-02")!
    static let march = Month("2026-03")!
    static let april = Month("2026-04")!

    /// A deterministic generator of answers.
    struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// `count` responses of one school, role and month, answers drawn from `answers` with ~10% blanks.
    static func responses(
        _ count: Int, school: String, role: String = "teacher", month: Month, answers: ClosedRange<Int> = 1...5,
        generator: inout Generator
    ) -> [Response] {
        (0..<count).map { index in
            let values = (0..<6).map { _ in
                generator.next(10) == 0 ? Response.skipped : Int8(answers.lowerBound + generator.next(answers.count))
            }
            return Response(
                id: "\(school)-\(role)-\(month)-\(index)",
                submitted: Day(year: month.year, month: month.month, day: 1 + index % 28)!,
                schoolIndex: schoolIDs.firstIndex(of: school)!, role: role, answers: values, comment: "")
        }
    }

    static func fold(_ responses: [Response]) -> PulseFold {
        var fold = PulseFold(instrument: dataset.instrument)
        for response in responses { fold.add(response) }
        return fold
    }

    /// The suppression scenario of one month (March), n per all-staff group with every answer given:
    /// A 3 (primary), B 12, D 25 = 23 teachers + 2 senior leaders; E 2 and F 1 (C2 = 3, primary);
    /// G 8 (C3 = 8).
    static func suppressionScenario() -> [Response] {
        var generator = Generator(state: 7)
        let spec: [(String, String, Int)] = [
            ("A", "teacher", 3), ("B", "teacher", 12), ("D", "teacher", 23), ("D", "senior_leader", 2),
            ("E", "teacher", 2), ("F", "teacher", 1), ("G", "teacher", 8),
        ]
        return spec.flatMap { school, role, count in
            responses(count, school: school, role: role, month: march, generator: &generator).map { response in
                var complete = response
                complete.answers = complete.answers.map { $0 == Response.skipped ? 3 : $0 }
                return complete
            }
        }
    }

    /// Three months of varied data over all schools and four roles (some groups small).
    static func mixed(seed: UInt64 = 11) -> [Response] {
        var generator = Generator(state: seed)
        let roles = ["teacher", "support_staff", "middle_leader", ""]
        var all: [Response] = []
        for month in [february, march, april] {
            for school in schoolIDs {
                for role in roles {
                    let count = generator.next(role == "teacher" ? 14 : 6)
                    all += responses(count, school: school, role: role, month: month, generator: &generator)
                }
            }
        }
        return all
    }
}
