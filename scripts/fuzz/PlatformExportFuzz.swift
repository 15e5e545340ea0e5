import Foundation

/// Fuzz target for the survey-platform exports: the input is a pulse file dropped into a copy of the
/// dataset named by `PULSE_FUZZ_DATASET`, read as detected and as each platform's layout. The invariants
/// are `PlatformInvariants` (Tests/HardeningTests/Invariants/).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlatformExport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    PlatformInvariants.check(Array(UnsafeBufferPointer(start: data, count: size)), in: fuzzScratch) {
        fatalError("fuzz invariant failed: \($0)")
    }
    return 0
}
