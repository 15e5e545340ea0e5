/// Role texts interned to small integers, in order of first appearance.
///
/// Roles are kept as written; a blank role becomes `RoleTable.unspecified`.
///
///     var roles = RoleTable()
///     roles.intern("teacher")   // 0
///     roles.intern("")          // 1, named "unspecified"
///     roles.intern("teacher")   // 0
public struct RoleTable: Hashable, Sendable {
    /// The name a blank role is reported under.
    public static let unspecified = "unspecified"

    /// Role names by index.
    public private(set) var names: [String] = []
    private var index: [String: Int] = [:]

    public init() {}

    /// The index of a role, adding it when new.
    ///
    /// - Complexity: one dictionary look-up.
    public mutating func intern(_ role: String) -> Int {
        let name = role.allSatisfy(\.isWhitespace) ? Self.unspecified : role
        if let known = index[name] { return known }
        index[name] = names.count
        names.append(name)
        return names.count - 1
    }

    /// The index of a role name, or nil when the role never occurred.
    public func index(of name: String) -> Int? { index[name] }
}
