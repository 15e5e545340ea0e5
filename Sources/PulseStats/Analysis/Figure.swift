/// A figure as it reaches a report: shown, or suppressed with the reason (DESIGN.md decision 3).
///
/// A renderer that receives `.suppressed` has nothing to print but the reason, e.g.
/// "fewer than \(reason.minimum) responses"; the hidden value never leaves the analysis.
///
///     switch row.figures {
///     case .shown(let f): print(f.mean)
///     case .suppressed(let why): print("fewer than \(why.minimum) responses")
///     }
public enum Figure<Value: Sendable>: Sendable {
    case shown(Value)
    case suppressed(Suppression)

    /// The value when shown.
    public var value: Value? {
        if case .shown(let value) = self { return value }
        return nil
    }

    /// The reason when suppressed.
    public var suppression: Suppression? {
        if case .suppressed(let reason) = self { return reason }
        return nil
    }

    public var isSuppressed: Bool { suppression != nil }

    /// The shown value transformed; a suppression is kept as it is.
    public func map<T>(_ transform: (Value) throws -> T) rethrows -> Figure<T> {
        switch self {
        case .shown(let value): .shown(try transform(value))
        case .suppressed(let reason): .suppressed(reason)
        }
    }
}

extension Figure: Equatable where Value: Equatable {}
extension Figure: Hashable where Value: Hashable {}

/// Why a figure is hidden.
public struct Suppression: Hashable, Sendable {
    /// Primary: the group itself is under the minimum size. Complementary: the group is large enough but
    /// is hidden so that a primary-suppressed group cannot be recovered by subtraction.
    public enum Cause: String, Hashable, Sendable {
        case primary, complementary
    }

    /// The group's n for the measure.
    public var n: Int
    /// `min_group_size` of `program.json`.
    public var minimum: Int
    public var cause: Cause

    public init(n: Int, minimum: Int, cause: Cause) {
        self.n = n
        self.minimum = minimum
        self.cause = cause
    }
}
