import Foundation

/// A copy of a small valid dataset in a fresh temporary folder, whose files an input then replaces.
///
///     let scratch = ScratchDataset(template: fixtures.appendingPathComponent("platforms/dataset"))
///     scratch.restore()                          // the template's small files, no pulse file
///     scratch.write("pulse/input.csv", bytes)
///     let folder = try DatasetFolder(scratch.url)
final class ScratchDataset: @unchecked Sendable {
    let url: URL
    private let template: URL
    static let smallFiles = [
        "program.json", "clusters.csv", "schools.csv", "instrument.csv", "milestones.csv", "challenges.csv",
    ]

    init(template: URL) {
        self.template = template
        url = FileManager.default.temporaryDirectory.appendingPathComponent("pulse-scratch-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(
            at: url.appendingPathComponent("pulse"), withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Puts back the template's small files and empties `pulse/`.
    func restore() {
        for name in Self.smallFiles {
            let target = url.appendingPathComponent(name)
            try? FileManager.default.removeItem(at: target)
            Self.retrying { try FileManager.default.copyItem(at: template.appendingPathComponent(name), to: target) }
        }
        let pulse = url.appendingPathComponent("pulse")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: pulse.path)) ?? [] {
            try? FileManager.default.removeItem(at: pulse.appendingPathComponent(name))
        }
    }

    /// Replaces `name` (a path inside the dataset, e.g. `pulse/input.csv`) with `bytes`.
    func write(_ name: String, _ bytes: some Collection<UInt8>) {
        let data = Data(bytes)
        Self.retrying { try data.write(to: url.appendingPathComponent(name)) }
    }

    /// Runs `body` again when it fails, a few times: under libFuzzer a signal can interrupt a file copy
    /// (EINTR, which Foundation reports as an error), which is no finding of the fuzzer's.
    private static func retrying(_ body: () throws -> Void) {
        for _ in 1..<5 {
            if (try? body()) != nil { return }
        }
        try! body()
    }
}
