import Markup

/// Small labelled markers above points, e.g. a run-chart signal; the detail is a tooltip.
///
///     AnnotationMark(notes: [.init(x: 7, y: 3.9, label: "Shift", detail: "6 points above the median")])
///         .render(x: months, y: values)
public struct AnnotationMark: Hashable, Sendable {
    public struct Note: Hashable, Sendable {
        public var x: Double
        public var y: Double
        public var label: String
        public var detail: String?

        public init(x: Double, y: Double, label: String, detail: String? = nil) {
            self.x = x
            self.y = y
            self.label = label
            self.detail = detail
        }
    }

    public var notes: [Note]
    public var color: Color

    public init(notes: [Note], color: Color = Palette.categorical[3]) {
        self.notes = notes
        self.color = color
    }

    public func render(x: some PositionScale, y: some PositionScale) -> Node {
        .g(
            [Attribute(.class, "annotations")],
            notes.map { note in
                let (px, py) = (x.position(note.x), y.position(note.y) - 8)
                let marker = PathData().move(to: px - 5, py - 8).line(to: px + 5, py - 8).line(to: px, py).close()
                return .g(
                    [Attribute(.class, "annotation")],
                    (note.detail.map { [Node.title($0)] } ?? []) + [
                        .path(d: marker, [Attribute(.fill, color.hex)]),
                        HaloText.node(note.label, x: px, y: py - 11, anchor: "middle", [Attribute(.fontWeight, "600")]),
                    ])
            })
    }
}
