import CSV
import Foundation
import PulseIngest
import PulseModel

/// What must hold when `DatasetFolder` loads a small valid dataset whose pulse file, and optionally
/// `schools.csv` and `instrument.csv`, are arbitrary bytes (the `dataset` fuzz target and its regression
/// inputs). The input carries the files one after the other, separated by `\n----\n`.
///
/// Both ways of reading the responses run on the same folder: the plain stream (`readResponses(_:)`) and
/// the folding path (`readResponses(into:)`, with its fast path for clean canonical files). Invariants: no
/// trap; every file's accepted + rejected = read; the accepted pulse rows are exactly the responses
/// streamed, each with a known school, one answer per item on the item's scale and a new id; for a
/// canonical pulse file, read = records after the header; both paths give the same tallies,
/// diagnostic counts and responses.
enum LoaderInvariants {
    static let pulseFile = "pulse/input.csv"

    static func check(_ input: [UInt8], in scratch: ScratchDataset, _ fail: InvariantFailure) {
        let parts = split(input, limit: 3)
        scratch.restore()
        scratch.write(pulseFile, parts[0])
        if parts.count > 1 { scratch.write("schools.csv", parts[1]) }
        if parts.count > 2 { scratch.write("instrument.csv", parts[2]) }
        let pulseURL = scratch.url.appendingPathComponent(pulseFile)

        guard var plain = try? DatasetFolder(scratch.url) else {
            return fail("the dataset folder could not be opened")
        }
        var streamed: [Response] = []
        plain.readResponses { streamed.append($0) }
        checkLoad(plain, responses: streamed, fail)
        if PulseLayout.detect(pulseURL) == .canonical, let pulse = plain.tallies.last, pulse.file == pulseFile {
            let records = recordCount(pulseURL)
            expect(pulse.read == max(0, records - 1), "canonical file: read \(pulse.read) of \(records - 1) rows", fail)
        }

        guard var folding = try? DatasetFolder(scratch.url) else {
            return fail("the dataset folder could not be opened a second time")
        }
        var sink = KeySink()
        folding.readResponses(into: &sink)
        expect(folding.tallies == plain.tallies, "tallies differ: \(folding.tallies) vs \(plain.tallies)", fail)
        expect(folding.log.errorCount == plain.log.errorCount, "the two paths' error counts differ", fail)
        expect(folding.log.warningCount == plain.log.warningCount, "the two paths' warning counts differ", fail)
        let expected = streamed.map {
            KeySink.key(month: $0.month, school: $0.schoolIndex, role: $0.role, answers: $0.answers)
        }
        expect(sink.keys.sorted() == expected.sorted(), "the two paths fold different responses", fail)
    }

    /// Checks what holds for every load: each tally adds up, the pulse file's accepted rows are exactly the
    /// responses streamed, and every response fits the dataset.
    static func checkLoad(_ folder: DatasetFolder, responses: [Response], _ fail: InvariantFailure) {
        for tally in folder.tallies {
            expect(tally.accepted + tally.rejected == tally.read, "\(tally.file): accepted + rejected != read", fail)
        }
        let accepted = folder.tallies.filter { $0.file == pulseFile }.reduce(0) { $0 + $1.accepted }
        expect(accepted == responses.count, "pulse file accepted \(accepted) rows, streamed \(responses.count)", fail)
        checkResponses(responses, dataset: folder.dataset, fail)
    }

    /// Every response has a known school, one answer per item on the item's scale and an id of its own.
    static func checkResponses(_ responses: [Response], dataset: Dataset, _ fail: InvariantFailure) {
        for response in responses {
            expect(dataset.schools.indices.contains(response.schoolIndex), "school index out of range", fail)
            expect(response.answers.count == dataset.instrument.items.count, "not one answer per item", fail)
            expect(!response.id.isEmpty, "blank response id accepted", fail)
            for (answer, item) in zip(response.answers, dataset.instrument.items) where answer != Response.skipped {
                expect(
                    Int(answer) >= item.scaleMin && Int(answer) <= item.scaleMax,
                    "answer \(answer) outside \(item.scaleMin)...\(item.scaleMax) for \(item.id)", fail)
            }
        }
        expect(Set(responses.map(\.id)).count == responses.count, "a response id accepted twice", fail)
    }

    /// Splits an input at each `\n----\n` into at most `limit` parts (the last keeps further separators).
    static func split(_ bytes: [UInt8], limit: Int) -> [ArraySlice<UInt8>] {
        let separator = Array("\n----\n".utf8)
        var parts: [ArraySlice<UInt8>] = []
        var start = 0
        var i = 0
        while i + separator.count <= bytes.count && parts.count < limit - 1 {
            if bytes[i..<i + separator.count].elementsEqual(separator) {
                parts.append(bytes[start..<i])
                i += separator.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(bytes[start...])
        return parts
    }

    /// Records read by the CSV reader, header included.
    private static func recordCount(_ url: URL) -> Int {
        guard let reader = try? CSVReader(url: url) else { return 0 }
        var count = 0
        while reader.next() != nil { count += 1 }
        return count
    }
}

/// A `ResponseSink` that keeps one comparable key per response (month, school, role name, answers).
private struct KeySink: ResponseSink {
    var keys: [String] = []
    var roles: [String] = []

    static func key(month: Month, school: Int, role: String, answers: some Sequence<Int8>) -> String {
        "\(month) \(school) \(role.isEmpty ? "unspecified" : role) \(answers.map(String.init))"
    }

    func emptyCopy() -> KeySink { KeySink(keys: [], roles: roles) }

    mutating func add(_ response: Response) {
        keys.append(
            Self.key(
                month: response.month, school: response.schoolIndex, role: response.role,
                answers: response.answers))
    }

    mutating func role(named name: String) -> Int {
        let name = name.isEmpty ? "unspecified" : name
        if let index = roles.firstIndex(of: name) { return index }
        roles.append(name)
        return roles.count - 1
    }

    mutating func add(month: Month, school: Int, role: Int, answers: UnsafeBufferPointer<Int8>) {
        keys.append(Self.key(month: month, school: school, role: roles[role], answers: answers))
    }

    /// Keys hold role names, not indices, so merging is appending.
    mutating func merge(_ other: KeySink) {
        keys += other.keys
        for name in other.roles where !roles.contains(name) { roles.append(name) }
    }
}
