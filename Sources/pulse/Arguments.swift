/// The parsed arguments of one command: positional values, `--option VALUE` pairs and `--flag`s.
///
///     let args = try Arguments(["demo", "--out", "x"], options: ["--out"], flags: [])
///     args.positional    // ["demo"]
///     args["--out"]      // "x"
struct Arguments {
    private(set) var positional: [String] = []
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    init(_ arguments: [String], options: Set<String>, flags knownFlags: Set<String> = []) throws {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--") {
                var name = argument
                var inlineValue: String?
                if let equals = argument.firstIndex(of: "=") {
                    name = String(argument[..<equals])
                    inlineValue = String(argument[argument.index(after: equals)...])
                }
                if options.contains(name) {
                    if values[name] != nil { throw UsageError("\(name) given twice") }
                    if let inlineValue {
                        values[name] = inlineValue
                    } else {
                        guard index + 1 < arguments.count else { throw UsageError("\(name) needs a value") }
                        index += 1
                        values[name] = arguments[index]
                    }
                } else if knownFlags.contains(name), inlineValue == nil {
                    flags.insert(name)
                } else {
                    throw UsageError("unknown option '\(argument)'")
                }
            } else {
                positional.append(argument)
            }
            index += 1
        }
    }

    subscript(_ option: String) -> String? { values[option] }

    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The only positional argument, or a usage error naming what was expected.
    func single(_ what: String) throws -> String {
        guard positional.count == 1 else {
            throw UsageError(positional.isEmpty ? "missing \(what)" : "unexpected argument '\(positional[1])'")
        }
        return positional[0]
    }

    /// A whole-number option within a range.
    func int(_ option: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = self[option] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw UsageError(
                "\(option) must be a whole number in \(range.lowerBound)…\(range.upperBound), not '\(text)'")
        }
        return value
    }
}
