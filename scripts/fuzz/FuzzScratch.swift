import Foundation

/// The scratch copy of the dataset named by `PULSE_FUZZ_DATASET` (scripts/fuzz.sh sets it), shared by the
/// `dataset` and `platform` targets.
let fuzzScratch: ScratchDataset = {
    guard let path = ProcessInfo.processInfo.environment["PULSE_FUZZ_DATASET"] else {
        fatalError("set PULSE_FUZZ_DATASET to a small valid dataset folder (scripts/fuzz.sh does)")
    }
    return ScratchDataset(template: URL(fileURLWithPath: path))
}()
