/// The outcome of a named significance test: what a report cites when it calls a change a change.
public struct TestResult: Hashable, Sendable {
    /// The test's name as a report prints it, e.g. "Welch's t-test".
    public var test: String
    /// The test statistic (t, z, …), in the sign convention of the reference implementation.
    public var statistic: Double
    /// Degrees of freedom, for tests that have them.
    public var degreesOfFreedom: Double?
    /// The two-sided p-value, in 0…1.
    public var pValue: Double

    public init(test: String, statistic: Double, degreesOfFreedom: Double?, pValue: Double) {
        self.test = test
        self.statistic = statistic
        self.degreesOfFreedom = degreesOfFreedom
        self.pValue = pValue
    }
}
