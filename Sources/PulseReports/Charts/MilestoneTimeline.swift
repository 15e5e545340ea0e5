import Markup

/// Milestones on a time line by program month: one row per milestone, a hollow diamond at its due date,
/// a filled dot at its completion joined to the due date, a line from the due date to "today" for a
/// late one; the status is written beside it (not only coloured), stages are background bands.
///
///     MilestoneTimeline(
///         title: "Milestones, Ash Grove", description: "2 of 6 done; 1 late.", width: 640,
///         months: 1...12, monthLabels: ["Feb", "Mar", …], bands: [.init(months: 1...4, label: "Stage 1")],
///         today: 7.9,
///         rows: [.init(label: "Workshop", due: 2.6, completed: 3.1, status: .done, note: "done 9 days late")])
///         .render()
public struct MilestoneTimeline: Hashable, Sendable {
    /// The status a row is drawn with.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case done, late, atRisk, onTrack, notStarted

        /// Its colour (Okabe–Ito): done blue, late vermillion, at risk orange, others grey.
        public var color: Color {
            switch self {
            case .done: Palette.categorical[0]
            case .late: Palette.categorical[3]
            case .atRisk: Palette.categorical[1]
            case .onTrack, .notStarted: Palette.axis
            }
        }

        /// Its legend label.
        public var label: String {
            switch self {
            case .done: "done"
            case .late: "late"
            case .atRisk: "at risk"
            case .onTrack: "on track"
            case .notStarted: "not started"
            }
        }
    }

    public struct Row: Hashable, Sendable {
        public var label: String
        /// Fractional program month of the due date (month m's column spans m − 0.5 … m + 0.5).
        public var due: Double
        public var completed: Double?
        public var status: Status
        /// Written to the right of the row, e.g. "late 41 days"; also the tooltip with the label.
        public var note: String

        public init(label: String, due: Double, completed: Double?, status: Status, note: String) {
            self.label = label
            self.due = due
            self.completed = completed
            self.status = status
            self.note = note
        }
    }

    public var title: String
    public var description: String
    public var width: Double
    public var rowHeight: Double
    public var months: ClosedRange<Int>
    public var monthLabels: [String]
    public var bands: [TimeSeriesChart.Band]
    /// Fractional program month of "today", drawn as a vertical rule; nil for none.
    public var today: Double?
    public var rows: [Row]

    public init(
        title: String, description: String, width: Double, rowHeight: Double = 22, months: ClosedRange<Int>,
        monthLabels: [String], bands: [TimeSeriesChart.Band] = [], today: Double? = nil, rows: [Row]
    ) {
        self.title = title
        self.description = description
        self.width = width
        self.rowHeight = rowHeight
        self.months = months
        self.monthLabels = monthLabels
        self.bands = bands
        self.today = today
        self.rows = rows
    }

    /// The chart as an accessible `<svg>`; its height follows from the legend and the rows.
    public func render() -> Node {
        let statuses = Status.allCases.filter { status in rows.contains { $0.status == status } }
        let legend = Legend(
            items: statuses.map { Legend.Item(label: $0.label, color: $0.color) }
                + (today == nil ? [] : [Legend.Item(label: "today", color: Palette.ink, symbol: .dashedLine)])
        ).render(x: 8, y: 4, width: width - 16)
        let bandRoom = bands.isEmpty ? 0.0 : 18
        let height = legend.height + 8 + bandRoom + Double(rows.count) * rowHeight + 28
        let labels = RowLabels(labels: rows.map(\.label), maxWidth: width * 0.34)
        let noteRoom = min(
            width * 0.2, (rows.map { TextMetrics.width(of: $0.note, fontSize: ChartCanvas.fontSize) }.max() ?? 0) + 10)
        let plot = ChartRect(x: 0, y: 0, width: width, height: height)
            .inset(top: legend.height + 8, right: noteRoom, bottom: 24, left: labels.width + 10)
        let x = TimeScale(months: months, range: plot.horizontal)
        let rowBand = BandScale(
            count: rows.count, range: (plot.y + bandRoom)...max(plot.y + bandRoom, plot.maxY), padding: 0.3)
        var layers: [Node] = [legend.node]
        if !bands.isEmpty {
            layers.append(
                RegionMark(
                    regions: bands.map {
                        .init(
                            from: Double($0.months.lowerBound) - 0.5, to: Double($0.months.upperBound) + 0.5,
                            label: $0.label)
                    }
                ).render(x: x, in: plot))
        }
        layers.append(Axis.months(x, labels: monthLabels, maxTicks: max(2, Int(plot.width / 40))).render(in: plot))
        layers.append(labels.render(rows: rowBand, right: plot.x - 6))
        if let today {
            let position = x.position(today)
            layers.append(
                .line(
                    x1: position, y1: plot.y, x2: position, y2: plot.maxY,
                    [
                        Attribute(.stroke, Palette.ink.hex), Attribute(.strokeWidth, 1),
                        Attribute(.strokeDasharray, "4 3"),
                    ]))
        }
        layers.append(
            .g(
                [Attribute(.class, "milestones")],
                rows.enumerated().map { index, row in self.row(row, y: rowBand.center(of: index), x: x, plot: plot) }))
        return ChartCanvas.svg(width: width, height: height, title: title, description: description, layers)
    }

    private func row(_ row: Row, y: Double, x: TimeScale, plot: ChartRect) -> Node {
        let color = row.status.color.hex
        let due = x.position(row.due)
        var marks: [Node] = [.title("\(row.label): \(row.note)")]
        let end = row.completed.map { x.position($0) } ?? (row.status == .late ? today.map { x.position($0) } : nil)
        if let end {
            marks.append(
                .line(
                    x1: due, y1: y, x2: end, y2: y,
                    [Attribute(.stroke, color), Attribute(.strokeWidth, 3)]
                        + (row.completed == nil ? [Attribute(.strokeDasharray, "3 2")] : [])))
        }
        let diamond = PathData().move(to: due, y - 6).line(to: due + 6, y).line(to: due, y + 6).line(to: due - 6, y)
            .close()
        marks.append(
            .path(d: diamond, [Attribute(.fill, "#ffffff"), Attribute(.stroke, color), Attribute(.strokeWidth, 2)]))
        if let completed = row.completed {
            marks.append(
                .circle(
                    cx: x.position(completed), cy: y, r: 5,
                    [Attribute(.fill, color), Attribute(.stroke, "#ffffff"), Attribute(.strokeWidth, 1)]))
        }
        marks.append(
            .svgText(
                TextMetrics.fitting(row.note, width: width - plot.maxX - 8, fontSize: ChartCanvas.fontSize),
                x: plot.maxX + 6, y: y,
                [Attribute(.dominantBaseline, "middle"), Attribute(.fill, Palette.ink.hex)]))
        return .g([Attribute(.class, "milestone milestone-\(row.status.rawValue)")], marks)
    }
}
