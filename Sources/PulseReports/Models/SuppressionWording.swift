import PulseStats

extension Suppression {
    /// What every report prints in place of a hidden figure; never a number but the minimum.
    ///
    ///     Suppression(n: 3, minimum: 5, cause: .primary).label        // "fewer than 5 responses"
    ///     Suppression(n: 9, minimum: 5, cause: .complementary).label
    ///     // "hidden to protect a group with fewer than 5 responses"
    public var label: String {
        switch cause {
        case .primary: "fewer than \(minimum) responses"
        case .complementary: "hidden to protect a group with fewer than \(minimum) responses"
        }
    }

    /// A short form for cramped places (heatmap cells, sparklines): "fewer than 5".
    public var shortLabel: String {
        switch cause {
        case .primary: "fewer than \(minimum)"
        case .complementary: "hidden"
        }
    }
}
