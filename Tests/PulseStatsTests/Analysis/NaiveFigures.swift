import PulseModel

@testable import PulseStats

/// Figures computed the plain way, one response at a time, to check the analysis against.
struct NaiveFigures {
    var n: Int
    var mean: Double
    var sd: Double?
    var median: Double
    var favorablePercent: Double
    var neutralPercent: Double
    var unfavorablePercent: Double

    /// The scores of one measure: item scores (reflected) or per-respondent dimension means.
    static func scores(_ responses: [Response], measure: Measure, instrument: Instrument) -> [Double] {
        var scores: [Double] = []
        for response in responses {
            switch measure {
            case .item(let i):
                if response.answers[i] != Response.skipped {
                    scores.append(Double(instrument.items[i].score(Int(response.answers[i]))))
                }
            case .dimension(let d):
                var sum = 0
                var count = 0
                for i in instrument.dimensions[d].itemIndices where response.answers[i] != Response.skipped {
                    sum += instrument.items[i].score(Int(response.answers[i]))
                    count += 1
                }
                if count > 0 { scores.append(Double(sum) / Double(count)) }
            }
        }
        return scores
    }

    init?(_ responses: [Response], measure: Measure, instrument: Instrument) {
        let scores = Self.scores(responses, measure: measure, instrument: instrument)
        guard !scores.isEmpty else { return nil }
        let (low, high, favorableMin) =
            switch measure {
            case .item(let i):
                (instrument.items[i].scaleMin, instrument.items[i].scaleMax, instrument.items[i].favorableMin)
            case .dimension(let d):
                (
                    instrument.dimensions[d].scaleMin, instrument.dimensions[d].scaleMax,
                    instrument.dimensions[d].favorableMin
                )
            }
        n = scores.count
        var total = 0.0
        for s in scores { total += s }
        mean = total / Double(n)
        if n > 1 {
            var squares = 0.0
            for s in scores { squares += (s - mean) * (s - mean) }
            sd = (squares / Double(n - 1)).squareRoot()
        }
        let sorted = scores.sorted()
        median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        var favorable = 0
        var unfavorable = 0
        for s in scores {
            if s >= Double(favorableMin) {
                favorable += 1
            } else if s <= Double(low + high - favorableMin) {
                unfavorable += 1
            }
        }
        favorablePercent = 100 * Double(favorable) / Double(n)
        unfavorablePercent = 100 * Double(unfavorable) / Double(n)
        neutralPercent = 100 * Double(n - favorable - unfavorable) / Double(n)
    }

    /// The responses of one row's group and month.
    static func responses(of row: FigureRow, in all: [Response], dataset: Dataset) -> [Response] {
        all.filter { response in
            let school = dataset.schools[response.schoolIndex]
            guard response.month == row.period else { return false }
            if let role = row.role {
                let name = response.role.allSatisfy(\.isWhitespace) ? RoleTable.unspecified : response.role
                guard name == role else { return false }
            }
            switch row.level {
            case .program: return true
            case .cluster: return school.clusterID == row.group.group
            case .school: return school.id == row.group.group
            }
        }
    }
}

/// |a − b| within `relative` of the larger magnitude.
func close(_ a: Double, _ b: Double, relative: Double = 1e-12) -> Bool {
    abs(a - b) <= relative * max(abs(a), abs(b), 1e-300)
}
