import Foundation

/// Fuzz target for the dataset loader: the input is a pulse file (then, after `\n----\n` separators,
/// `schools.csv` and `instrument.csv`) put into a copy of the dataset named by `PULSE_FUZZ_DATASET`.
/// The invariants are `LoaderInvariants` (Tests/HardeningTests/Invariants/).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDatasetFolder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    LoaderInvariants.check(Array(UnsafeBufferPointer(start: data, count: size)), in: fuzzScratch) {
        fatalError("fuzz invariant failed: \($0)")
    }
    return 0
}
