/// Wrong usage of the command line: an unknown command or flag, a bad option value, a path that does not
/// exist. Exit code 2.
struct UsageError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
