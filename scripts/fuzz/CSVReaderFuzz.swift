/// Fuzz target for `CSVReader` on arbitrary bytes: the first byte picks a field limit and a chunk size,
/// the rest is the input. The invariants are `ReaderInvariants` (Tests/HardeningTests/Invariants/).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    ReaderInvariants.check(Array(UnsafeBufferPointer(start: data + 1, count: size - 1)), control: data[0]) {
        fatalError("fuzz invariant failed: \($0)")
    }
    return 0
}
