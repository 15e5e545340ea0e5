import Markup

/// One printed page of a briefing pack: a `section.sheet` with a kicker line and a heading; and the rule
/// for lists longer than a page holds.
enum BriefSheet {
    /// A page. `kind` is a fixed class name (never data).
    static func node(_ kind: StaticString, kicker: String, title: String, _ children: [Node]) -> Node {
        .element(
            .section, [Attribute(.class, "sheet \(kind)")],
            [.p(class: "kicker", kicker), .h2(title)] + children)
    }

    /// The first `limit` items, and a line saying how many more there are (nil when none are left out).
    ///
    ///     BriefSheet.capped([1, 2, 3], limit: 2, noun: "challenge", rest: "see the dashboard")
    ///     // ([1, 2], <p class="more">… and 1 more challenge: see the dashboard.</p>)
    static func capped<T>(_ items: [T], limit: Int, noun: String, rest: String) -> (shown: [T], more: Node?) {
        guard items.count > limit else { return (items, nil) }
        let left = items.count - limit
        return (Array(items.prefix(limit)), .p(class: "more", "… and \(Counting.plural(left, noun)) more: \(rest)."))
    }
}
