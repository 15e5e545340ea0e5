/// Listwise complete cases of one dimension: everything Cronbach's alpha and the item–rest correlations
/// need, as exact integers.
///
/// For `k` items and `n` respondents who answered all of them: `sums[i] = Σ xᵢ`,
/// `crossProducts[i][j] = Σ xᵢ·xⱼ` (scored answers).
public struct ReliabilityTally: Hashable, Sendable {
    /// Respondents who answered every item of the dimension.
    public var n: Int
    public var sums: [Int]
    public var crossProducts: [[Int]]

    public init(n: Int, sums: [Int], crossProducts: [[Int]]) {
        self.n = n
        self.sums = sums
        self.crossProducts = crossProducts
    }
}
