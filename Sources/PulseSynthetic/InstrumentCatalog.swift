import PulseModel

/// The pulse instrument of synthetic datasets: six dimensions of a high-performing leadership team,
/// four items each, two of them reverse-scored. Each dimension has a baseline level and a monthly
/// drift (what the program works on moves faster).
enum InstrumentCatalog {
    struct DimensionProfile {
        var name: String
        var prefix: String
        var baseline: Double
        var monthlyDrift: Double
        var items: [(text: String, reverse: Bool)]
    }

    static let dimensions: [DimensionProfile] = [
        DimensionProfile(
            name: "Trust", prefix: "tr", baseline: 3.55, monthlyDrift: 0.025,
            items: [
                ("I trust the leadership team of this school.", false),
                ("Colleagues here keep the commitments they make.", false),
                ("I can raise a concern without fear of blame.", false),
                ("Leaders here act on what staff tell them.", false),
            ]),
        DimensionProfile(
            name: "Shared purpose", prefix: "sp", baseline: 3.35, monthlyDrift: 0.04,
            items: [
                ("I know what our school's priorities are this term.", false),
                ("I understand how my work contributes to our action plan.", false),
                ("Decisions and the reasons for them are communicated clearly.", false),
                ("Our goals are specific, measurable and time-bound.", false),
            ]),
        DimensionProfile(
            name: "Collaboration", prefix: "co", baseline: 3.65, monthlyDrift: 0.03,
            items: [
                ("Teachers here plan and review lessons together.", false),
                ("We share student data openly to improve teaching.", false),
                ("Staff meetings focus on learning, not administration.", false),
                ("I get useful feedback from colleagues.", false),
            ]),
        DimensionProfile(
            name: "Accountability", prefix: "ac", baseline: 3.15, monthlyDrift: 0.045,
            items: [
                ("We check whether our actions improve student outcomes.", false),
                ("Each team owns its part of the action plan.", false),
                ("We follow up on agreed actions at the next meeting.", false),
                ("Poor performance is usually ignored here.", true),
            ]),
        DimensionProfile(
            name: "Self-governance", prefix: "sg", baseline: 2.9, monthlyDrift: 0.07,
            items: [
                ("Our staff meetings run by an agreed self-governance framework.", false),
                ("Staff lead parts of our meetings, not only senior leaders.", false),
                ("We resolve disagreements in meetings by our agreed process.", false),
                ("Our meeting norms are clear to everyone who attends.", false),
            ]),
        DimensionProfile(
            name: "Wellbeing", prefix: "wb", baseline: 3.05, monthlyDrift: 0.01,
            items: [
                ("My workload is manageable.", false),
                ("I feel valued for the work I do.", false),
                ("I often feel exhausted by the end of the week.", true),
                ("I would recommend this school as a place to work.", false),
            ]),
    ]

    static var instrument: Instrument {
        var items: [Item] = []
        for dimension in dimensions {
            for (index, item) in dimension.items.enumerated() {
                items.append(
                    Item(
                        id: "\(dimension.prefix)\(index + 1)", dimension: dimension.name, text: item.text,
                        reverse: item.reverse))
            }
        }
        return Instrument(items: items)
    }

    static let roles: [(name: String, weight: Double)] = [
        ("teacher", 0.62), ("support_staff", 0.2), ("middle_leader", 0.12), ("senior_leader", 0.06),
    ]

    static let comments = [
        "Love the new staff meeting format",
        "Need more time to plan together",
        "Leadership is listening, finally",
        "The action plan feels \"one more thing\" on top of everything",
        "Feedback from colleagues has been useful, thanks",
        "Too many meetings, not enough time for marking",
        "We need to follow up on what we agree",
        "Self-governance works when everyone takes a turn chairing",
        "Great progress this term; keep it going",
        "Reports due the same week as the workshop; please rethink the timing",
    ]
}
