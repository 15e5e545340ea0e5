import PulseModel

/// A small instrument for the fold tests: "trust" (t1…t4, t4 reverse-scored) and "clarity" (c1, c2).
enum FoldFixtures {
    static let instrument = Instrument(items: [
        Item(id: "t1", dimension: "trust", text: "T1"),
        Item(id: "t2", dimension: "trust", text: "T2"),
        Item(id: "t3", dimension: "trust", text: "T3"),
        Item(id: "t4", dimension: "trust", text: "T4", reverse: true),
        Item(id: "c1", dimension: "clarity", text: "C1"),
        Item(id: "c2", dimension: "clarity", text: "C2"),
    ])

    static let march = Day("2026-03-10")!
    static let april = Day("2026-04-02")!

    static func response(
        _ answers: [Int8], school: Int = 0, role: String = "teacher", day: Day = march, id: String = ""
    ) -> Response {
        Response(id: id, submitted: day, schoolIndex: school, role: role, answers: answers, comment: "")
    }

    /// A deterministic pseudo-random set of responses (with blanks) over 3 schools, 2 months, 3 roles.
    static func many(_ count: Int, seed: UInt64 = 42) -> [Response] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let roles = ["teacher", "support_staff", "", "senior_leader"]
        return (0..<count).map { index in
            let answers = (0..<6).map { _ in Int8(next(6)) }  // 0 = blank
            return response(
                answers, school: next(3), role: roles[next(roles.count)], day: next(2) == 0 ? march : april,
                id: "r\(index)")
        }
    }
}
