import PulseModel

extension StatsTable {
    /// Analyses a fold of a dataset's responses: figures per group, privacy (primary and, by default,
    /// complementary suppression), changes with their Benjamini–Hochberg families, trends, signals and
    /// reliability.
    ///
    /// A figure is shown when its n ≥ max(1, `Program.minGroupSize`); see `ComplementarySuppression` for
    /// the complementary rule.
    ///
    /// - Complexity: O(periods × groups × measures) figures, plus O(periods²) per series for trends
    ///   and signals.
    public init(dataset: Dataset, fold: PulseFold, options: AnalysisOptions = AnalysisOptions()) {
        let instrument = dataset.instrument
        let measures = Measure.all(of: instrument)
        let minimum = dataset.program.minGroupSize
        let staff = StaffCounts(dataset: dataset)
        let clusterOfSchool = Dictionary(dataset.schools.map { ($0.id, $0.clusterID) }) { first, _ in first }
        let cellsByMonth = Dictionary(grouping: fold.cells, by: \.key.month)
        let periods = cellsByMonth.keys.sorted()

        var rows: [FigureRow] = []
        var tallies: [MeasureTally] = []
        var reliability: [ReliabilityRow] = []
        for period in periods {
            let groups = GroupCells(
                month: cellsByMonth[period]!, fold: fold, dataset: dataset, roles: options.roleBreakdowns)
            let suppression = ComplementarySuppression(
                partitions: options.suppression == .complementary
                    ? groups.partitions(clusterOfSchool: clusterOfSchool) : [])
            let order = Array(groups.keys.indices)
            var periodRows = Array(repeating: [FigureRow](), count: groups.keys.count)
            var periodTallies = Array(repeating: [MeasureTally](), count: groups.keys.count)
            for measure in measures {
                let measureTallies = groups.cells.map { fold.layout.tally(measure, in: $0) }
                let n = measureTallies.map(\.n)
                var hidden: [Suppression.Cause?] = n.map { $0 < max(1, minimum) ? .primary : nil }
                suppression.apply(n: n, order: order, hidden: &hidden)
                for (index, key) in groups.keys.enumerated() {
                    let tally = measureTallies[index]
                    let figures: Figure<MeasureFigures> =
                        if let cause = hidden[index] {
                            .suppressed(Suppression(n: tally.n, minimum: minimum, cause: cause))
                        } else {
                            .shown(MeasureFigures(tally)!)
                        }
                    periodRows[index].append(
                        FigureRow(
                            period: period, group: key, measure: measure.name(in: instrument), measureRef: measure,
                            n: tally.n, responses: groups.cells[index].responses,
                            responseRate: staff.responseRate(of: key, responses: groups.cells[index].responses),
                            figures: figures))
                    periodTallies[index].append(tally)
                }
            }
            rows += periodRows.joined()
            tallies += periodTallies.joined()
            if options.reliability {
                reliability += groups.keys.indices.filter { groups.keys[$0].role == nil }.flatMap { index in
                    instrument.dimensions.indices.map { d in
                        ReliabilityRow(
                            period: period, group: groups.keys[index], dimension: instrument.dimensions[d].name,
                            tally: fold.layout.reliability(ofDimension: d, in: groups.cells[index]),
                            items: instrument.dimensions[d].itemIndices.map { instrument.items[$0].id },
                            minimum: minimum)
                    }
                }
            }
        }
        if options.longitudinal {
            Longitudinal.annotate(&rows, tallies: tallies)
        }
        self.init(
            periods: periods, measures: measures.map { $0.name(in: instrument) }, minimumGroupSize: minimum,
            options: options, rows: rows, reliability: reliability)
    }
}

/// Staff counts per group, the denominators of response rates.
private struct StaffCounts {
    var program = 0
    var clusters: [String: Int] = [:]
    var schools: [String: Int] = [:]

    init(dataset: Dataset) {
        for school in dataset.schools {
            program += school.staffCount
            clusters[school.clusterID, default: 0] += school.staffCount
            schools[school.id, default: 0] += school.staffCount
        }
    }

    /// responses ÷ staff; nil for role rows and when the group has no staff on record.
    func responseRate(of key: GroupKey, responses: Int) -> Double? {
        guard key.role == nil else { return nil }
        let staff =
            switch key.level {
            case .program: program
            case .cluster: clusters[key.group] ?? 0
            case .school: schools[key.group] ?? 0
            }
        return staff > 0 ? Double(responses) / Double(staff) : nil
    }
}
