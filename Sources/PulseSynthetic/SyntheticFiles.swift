import PulseIngest
import PulseModel

/// The files of a synthetic dataset folder, by relative path, in the canonical layout.
public enum SyntheticFiles {
    /// Hands `program.json`, the CSV files, and one `pulse/YYYY-MM.csv` per month to `write`, one file
    /// at a time (a month's file is built only when the previous one has been written).
    public static func write(_ synthetic: SyntheticDataset, to write: (_ path: String, _ bytes: [UInt8]) throws -> Void)
        rethrows
    {
        let dataset = synthetic.dataset
        let files: [(String, [UInt8])] = [
            ("program.json", CanonicalFiles.program(dataset.program)),
            ("clusters.csv", CanonicalFiles.clusters(dataset.clusters)),
            ("schools.csv", CanonicalFiles.schools(dataset.schools)),
            ("instrument.csv", CanonicalFiles.instrument(dataset.instrument)),
            ("milestones.csv", CanonicalFiles.milestones(dataset.milestones)),
            ("challenges.csv", CanonicalFiles.challenges(dataset.challenges)),
            ("goals.csv", CanonicalFiles.goals(dataset.goals)),
        ]
        for (path, bytes) in files { try write(path, bytes) }
        for month in 1...synthetic.months {
            var pulse = PulseCSVWriter(dataset: dataset)
            synthetic.responses(month: month) { pulse.append($0) }
            try write("pulse/\(dataset.program.calendarMonth(ofProgramMonth: month)).csv", pulse.bytes)
        }
    }
}
