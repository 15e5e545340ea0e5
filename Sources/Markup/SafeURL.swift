/// A URL that is safe to put in `href` or `src`: a relative path, a `#fragment`, or an `https:` URL.
///
/// Anything with another scheme (`javascript:`, `data:`, `file:`, `http:`), a protocol-relative `//host`,
/// a backslash, whitespace or control characters (which browsers strip, turning `java\tscript:` into
/// `javascript:`) is rejected.
///
///     SafeURL("school-a.html")        // accepted
///     SafeURL("#climate")             // accepted
///     SafeURL("https://example.org")  // accepted
///     SafeURL("javascript:alert(1)")  // nil
public struct SafeURL: Hashable, Sendable {
    /// The URL as given.
    public let string: String

    /// Accepts `string` only if it is a relative path, a fragment or an `https:` URL.
    public init?(_ string: String) {
        guard !string.isEmpty, !string.hasPrefix("//") else { return nil }
        for scalar in string.unicodeScalars
        where scalar.value <= 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\\" {
            return nil
        }
        // A scheme is everything before the first ":" that comes before any "/", "?" or "#".
        if let colon = string.firstIndex(of: ":"),
            !string[..<colon].contains(where: { $0 == "/" || $0 == "?" || $0 == "#" })
        {
            guard string[..<colon].lowercased() == "https", string[colon...].hasPrefix("://") else {
                return nil
            }
        }
        self.string = string
    }
}
