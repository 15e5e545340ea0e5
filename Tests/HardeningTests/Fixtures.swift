import Foundation

/// Where the committed fixtures are: `Tests/Fixtures/`, found from this file's path.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The small valid dataset the fuzz targets drop their inputs into.
    static let platformDataset = root.appendingPathComponent("platforms/dataset")

    /// The inputs a fuzz target found a bug with, by target (`csv`, `dataset`, `platform`), sorted.
    static func fuzzRegressions(_ target: String) -> [String] {
        let folder = root.appendingPathComponent("fuzz-regressions/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(target)/\($0)" }
    }

    static func bytes(ofRegression name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent("fuzz-regressions/\(name)")))
    }
}
