import Markup
import PulseModel

/// The cluster's profile from `clusters.csv`: chair, vision, mission, signature program, priorities in order.
struct ClusterProfileSection {
    var cluster: Cluster

    func render() -> Node {
        func entry(_ term: String, _ text: String) -> [Node] {
            text.isEmpty ? [] : [.element(.dt, [], [.text(term)]), .element(.dd, [], [.text(text)])]
        }
        let priorities: [Node] =
            cluster.priorities.isEmpty
            ? []
            : [
                .element(.dt, [], [.text("Priorities, in order")]),
                .element(
                    .dd, [],
                    [
                        .element(
                            .ol, [Attribute(.class, "priorities")],
                            cluster.priorities.map { .element(.li, [], [.text($0)]) })
                    ]),
            ]
        let terms =
            entry("Chair", cluster.chair) + entry("Vision", cluster.vision) + entry("Mission", cluster.mission)
            + entry("Signature program", cluster.signatureProgram) + priorities
        return PageSection(
            id: "profile", title: "Cluster profile",
            [
                terms.isEmpty
                    ? .p(class: "muted", "No profile in clusters.csv.")
                    : .element(.dl, [Attribute(.class, "profile")], terms)
            ]
        ).render()
    }
}
