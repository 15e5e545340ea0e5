import Foundation
import PulseIngest
import PulseModel
import PulseSynthetic

/// `pulse generate --schools N --months M [--seed S] --out DIR`: a deterministic synthetic dataset.
enum GenerateCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--schools", "--months", "--seed", "--out"])
        guard args.positional.isEmpty else { throw UsageError("unexpected argument '\(args.positional[0])'") }
        guard let schools = try args.int("--schools", in: 1...100_000) else {
            throw UsageError("--schools is required")
        }
        guard let months = try args.int("--months", in: 1...24) else { throw UsageError("--months is required") }
        let seed = try args.int("--seed", in: 0...Int.max) ?? 1
        guard let out = args["--out"] else { throw UsageError("--out is required") }
        let folder = try OutputFolder(out)
        let synthetic = SyntheticDataset(schools: schools, months: months, seed: UInt64(seed))
        try SyntheticFiles.write(synthetic) { path, bytes in try folder.write(bytes, to: path) }
        let program = synthetic.dataset.program
        Terminal.error(
            "wrote \(out): \(schools) schools in \(synthetic.dataset.clusters.count) clusters, "
                + "\(months) months from \(program.startMonth)")
        return 0
    }
}
