import PulseModel

/// How many responses were accepted in each month, and which schools answered: what `pulse check`
/// reports of the pulse files, counted on the fast path like any other `ResponseSink`.
///
///     var counts = ResponseCounts()
///     folder.readResponses(into: &counts)
///     counts.byMonth[Month("2026-03")!]     // responses accepted in March 2026
public struct ResponseCounts: ResponseSink, Equatable {
    /// Accepted responses per month.
    public private(set) var byMonth: [Month: Int] = [:]
    /// The indices (in `Dataset.schools`) of the schools with at least one accepted response.
    public private(set) var schools: Set<Int> = []

    public init() {}

    public func emptyCopy() -> ResponseCounts { ResponseCounts() }

    public mutating func add(_ response: Response) { count(month: response.month, school: response.schoolIndex) }

    /// Roles are not counted: every role is the same to the counts.
    public mutating func role(named name: String) -> Int { 0 }

    public mutating func add(month: Month, school: Int, role: Int, answers: UnsafeBufferPointer<Int8>) {
        count(month: month, school: school)
    }

    public mutating func merge(_ other: ResponseCounts) {
        byMonth.merge(other.byMonth, uniquingKeysWith: +)
        schools.formUnion(other.schools)
    }

    private mutating func count(month: Month, school: Int) {
        byMonth[month, default: 0] += 1
        schools.insert(school)
    }
}
