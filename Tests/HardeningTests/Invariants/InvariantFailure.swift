/// What an invariant check calls when an invariant does not hold: the fuzz targets of `scripts/fuzz/`
/// stop (so libFuzzer keeps the input), the tests record an issue.
///
///     ReaderInvariants.check(bytes, control: 0) { fatalError($0) }        // a fuzz target
///     ReaderInvariants.check(bytes, control: 0) { Issue.record("\($0)") } // a test
typealias InvariantFailure = (String) -> Void

/// Calls `fail` with the message when the condition is false.
///
///     expect(tally.accepted + tally.rejected == tally.read, "tally adds up", fail)
func expect(_ condition: Bool, _ message: @autoclosure () -> String, _ fail: InvariantFailure) {
    if !condition { fail(message()) }
}
