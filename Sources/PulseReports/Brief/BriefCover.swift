import Markup

/// The cover of a briefing pack: cluster, chair, program month and stage, the month of the data, and
/// what the following pages hold.
enum BriefCover {
    static func sheet(_ pack: BriefPack) -> Node {
        let stage = pack.stage.map { "stage \($0.number): \($0.name)" } ?? "outside the program's stages"
        let facts: [(String, String)] = [
            ("Chair", pack.cluster.chair.isEmpty ? "not on record" : pack.cluster.chair),
            ("Program", pack.programName),
            ("Where the program is", "Month \(pack.programMonth) of \(pack.programLength), \(stage)"),
            ("Data", "Pulse survey of \(pack.month.longName); milestones and challenges as of \(pack.asOf)"),
            ("Schools", Counting.plural(pack.schools.count, "school")),
        ]
        let contents: [[Node]] =
            [[.text("Cluster summary: dimensions, response rate, milestones, three things to discuss")]]
            + pack.schools.map { [.text($0.school.name)] }
            + [[.text("Open implementation challenges and their escalation")], [.text("Method and data quality")]]
        return .element(
            .section, [Attribute(.class, "sheet cover")],
            [
                .p(class: "kicker", "Stakeholder briefing"),
                .h1(pack.cluster.name),
                .element(
                    .dl, [Attribute(.class, "facts")],
                    facts.flatMap { [.element(.dt, [], [.text($0.0)]), .element(.dd, [], [.text($0.1)])] }),
                .h3("In this pack"),
                .element(.ol, [], contents.map { .element(.li, [], $0) }),
            ])
    }
}
