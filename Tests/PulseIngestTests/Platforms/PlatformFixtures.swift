import Foundation
import PulseIngest
import PulseModel

/// The platform fixtures of `Tests/Fixtures/platforms/` (written by its `make-fixtures.py`): a small
/// dataset whose `pulse/2026-03.csv` is the canonical file, and the same 30 responses as each platform
/// exports them.
enum PlatformFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/platforms")
    static let dataset = root.appendingPathComponent("dataset")

    static func export(_ name: String) -> URL { root.appendingPathComponent("exports/\(name)") }

    static let exports: [(file: String, layout: PulseLayout)] = [
        ("google-forms.csv", .googleForms), ("microsoft-forms.csv", .microsoftForms),
        ("qualtrics.csv", .qualtrics), ("surveymonkey.csv", .surveyMonkey),
    ]

    /// A copy of the fixture dataset whose only pulse file is `pulse/<name>` holding `bytes`.
    static func folder(pulse name: String, bytes: Data) throws -> URL {
        let copy = ScratchFolders.next("pulse-platforms")
        try FileManager.default.createDirectory(
            at: copy.appendingPathComponent("pulse"), withIntermediateDirectories: true)
        for file in [
            "program.json", "clusters.csv", "schools.csv", "instrument.csv", "milestones.csv", "challenges.csv",
        ] {
            try FileManager.default.copyItem(
                at: dataset.appendingPathComponent(file), to: copy.appendingPathComponent(file))
        }
        try bytes.write(to: copy.appendingPathComponent("pulse/\(name)"))
        return copy
    }

    /// A copy of the fixture dataset whose only pulse file is the text given.
    static func folder(pulse name: String, text: String) throws -> URL {
        try folder(pulse: name, bytes: Data(text.utf8))
    }

    /// Loads a dataset folder and streams its responses.
    static func load(_ url: URL) throws -> (DatasetFolder, [Response]) {
        var folder = try DatasetFolder(url)
        var responses: [Response] = []
        folder.readResponses { responses.append($0) }
        return (folder, responses)
    }

    /// The dataset of the fixture folder (schools, instrument, scale).
    static func loadDataset() throws -> Dataset { try DatasetFolder(dataset).dataset }
}
