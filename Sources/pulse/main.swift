import Foundation

// The command line: parse, run one command, exit with its code (0 ok, 1 data errors, 2 usage).
let arguments = Array(CommandLine.arguments.dropFirst())
let code: Int32
do {
    code = try Command.run(arguments)
} catch let error as UsageError {
    Terminal.error("pulse: \(error.message)")
    Terminal.error("run 'pulse help' for the commands")
    code = 2
} catch {
    Terminal.error("pulse: \(error)")
    code = 1
}
exit(code)
