import Testing

/// Every input that made a fuzz target of `scripts/fuzz/` fail, replayed through the same invariants
/// (Tests/Fixtures/fuzz-regressions/TARGET/; `scripts/fuzz.sh` says how to add one).
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    @Test("CSV reader", arguments: Fixtures.fuzzRegressions("csv"))
    func csvReader(_ name: String) throws {
        let bytes = try Fixtures.bytes(ofRegression: name)
        guard let control = bytes.first else { return }
        ReaderInvariants.check(Array(bytes.dropFirst()), control: control) { Issue.record("\(name): \($0)") }
    }

    @Test("dataset loader", arguments: Fixtures.fuzzRegressions("dataset"))
    func datasetLoader(_ name: String) throws {
        let scratch = ScratchDataset(template: Fixtures.platformDataset)
        LoaderInvariants.check(try Fixtures.bytes(ofRegression: name), in: scratch) { Issue.record("\(name): \($0)") }
    }

    @Test("platform exports", arguments: Fixtures.fuzzRegressions("platform"))
    func platformExports(_ name: String) throws {
        let scratch = ScratchDataset(template: Fixtures.platformDataset)
        PlatformInvariants.check(try Fixtures.bytes(ofRegression: name), in: scratch) { Issue.record("\(name): \($0)") }
    }

    /// The loader takes the writer's formula apostrophe off (`'-lead` is the role `-lead`); the fast path
    /// of `readResponses(into:)` must agree, so `KeyField.isPlain` declines a leading apostrophe and the
    /// file is read by the plain path.
    @Test func bothPathsReadAFormulaSafeRoleAlike() {
        let input =
            "response_id,submitted_at,school_id,role,tr1,tr2,co1,co2,gr1,gr2,comment\n"
            + "r1,2026-03-02,n1,'-lead,4,4,4,4,4,4,\n"
        let scratch = ScratchDataset(template: Fixtures.platformDataset)
        LoaderInvariants.check(Array(input.utf8), in: scratch) { Issue.record("\($0)") }
    }

    /// The replay itself works: all three targets have found something, and each check fails on a
    /// broken invariant rather than passing whatever happens.
    @Test func theChecksReportABrokenInvariant() {
        var failures: [String] = []
        expect(1 + 1 == 3, "arithmetic") { failures.append($0) }
        #expect(failures == ["arithmetic"])
        #expect(!Fixtures.fuzzRegressions("platform").isEmpty)
    }
}
