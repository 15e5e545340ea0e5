import Foundation
import PulseIngest
import PulseModel

/// What must hold when a pulse file of arbitrary bytes is dropped into a small valid dataset and read as a
/// survey platform's export (the `platform` fuzz target and its regression inputs).
///
/// The file is loaded by `DatasetFolder` (layout detected by `PulseLayout.detect`), then read by
/// `PlatformExport` forced to each platform layout, with no `--school`, a known one or an unknown one
/// (picked by the input's length). Invariants: no trap; accepted + rejected = read; accepted = responses
/// streamed; each response has a known school, one answer per item on the item's scale and an id not seen
/// before; no more unfinished responses than rows rejected.
enum PlatformInvariants {
    static func check(_ input: [UInt8], in scratch: ScratchDataset, _ fail: InvariantFailure) {
        scratch.restore()
        scratch.write(LoaderInvariants.pulseFile, input)
        let url = scratch.url.appendingPathComponent(LoaderInvariants.pulseFile)
        _ = PulseLayout.detect(url)
        guard var folder = try? DatasetFolder(scratch.url) else {
            return fail("the dataset folder could not be opened")
        }
        var streamed: [Response] = []
        folder.readResponses { streamed.append($0) }
        LoaderInvariants.checkLoad(folder, responses: streamed, fail)

        let schools: [String?] = [nil, folder.dataset.schools.first?.id, "no such school"]
        let defaultSchool = schools[input.count % schools.count]
        for layout in PulseLayout.allCases where layout != .canonical {
            let export = PlatformExport(dataset: folder.dataset, layout: layout, defaultSchool: defaultSchool)
            var seen = ResponseIDSet()
            seen.insert("already-seen")
            var log = DiagnosticLog()
            var responses: [Response] = []
            guard
                let (tally, summary) = export.read(
                    url, file: LoaderInvariants.pulseFile, seenIDs: &seen, log: &log, each: { responses.append($0) })
            else {
                fail("\(layout): the file could not be opened")
                continue
            }
            expect(tally.accepted + tally.rejected == tally.read, "\(layout): accepted + rejected != read", fail)
            expect(
                tally.accepted == responses.count, "\(layout): accepted \(tally.accepted) of \(responses.count)", fail)
            expect(summary.unfinished <= tally.rejected, "\(layout): more unfinished than rejected", fail)
            expect(!responses.contains { $0.id == "already-seen" }, "\(layout): a seen id accepted again", fail)
            expect(
                Set(responses.map(\.id)).count == responses.count && responses.allSatisfy { seen.contains($0.id) },
                "\(layout): the accepted ids are not distinct, or not all remembered as seen", fail)
            LoaderInvariants.checkResponses(responses, dataset: folder.dataset, fail)
        }
    }
}
