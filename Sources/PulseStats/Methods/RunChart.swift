/// Run-chart rules on a series in time order, as published by Perla, Provost & Murray (2011),
/// "The run chart: a simple analytical tool for learning from variation in healthcare processes",
/// BMJ Quality & Safety 20:46–51.
///
/// Each rule lives in its own file: `shift`, `trend`, `runs`, `astronomical`. All read the series against
/// its median; NaN points are ignored (a missing month), and a rule that needs more points than the series
/// has says so with `.notEnoughPoints` rather than staying silent.
public enum RunChart {
    /// The centre line of the run chart: the median of the non-NaN points (numpy convention);
    /// 0 for a series with no points, which has no chart to draw.
    public static func median(_ y: [Double]) -> Double {
        Median.of(y.filter { !$0.isNaN }) ?? 0
    }

    /// The points not on the median ("useful observations"), each with its index and side.
    static func useful(_ y: [Double]) -> [(index: Int, above: Bool)] {
        let centre = median(y)
        return y.indices.compactMap { i in
            y[i] > centre ? (i, true) : (y[i] < centre ? (i, false) : nil)
        }
    }

    /// The useful observations cut into runs: maximal stretches on one side of the median.
    static func runsAboutMedian(_ y: [Double]) -> [[(index: Int, above: Bool)]] {
        var runs: [[(index: Int, above: Bool)]] = []
        for point in useful(y) {
            if let last = runs.last?.last, last.above == point.above {
                runs[runs.count - 1].append(point)
            } else {
                runs.append([point])
            }
        }
        return runs
    }
}
