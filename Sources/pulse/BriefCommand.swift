import Foundation
import PulseModel
import PulseReports
import PulseStats

/// `pulse brief DATASET --cluster ID [--month YYYY-MM] [--as-of YYYY-MM-DD] [--out FILE] [--paper a4|letter]
/// [--pdf]`: the stakeholder briefing pack of one cluster as print-first HTML (default
/// `Reports/brief-<cluster slug>.html`); `--pdf` prints it beside the HTML through headless Chromium.
enum BriefCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(
            arguments, options: ["--cluster", "--month", "--as-of", "--out", "--paper"], flags: ["--pdf"])
        let path = try args.single("DATASET folder")
        guard let clusterID = args["--cluster"] else { throw UsageError("--cluster ID is required") }
        let paperName = args["--paper"] ?? BriefPaper.a4.rawValue
        guard let paper = BriefPaper(rawValue: paperName) else {
            throw UsageError("--paper must be a4 or letter, not '\(paperName)'")
        }
        let pipeline = try Pipeline(path: path)
        guard pipeline.dataset.cluster(id: clusterID) != nil else {
            throw UsageError("--cluster \(clusterID) is not a cluster_id of \(path)/clusters.csv")
        }
        let input = try pipeline.reportInput(month: args["--month"], asOf: args["--as-of"])
        pipeline.reportDiagnostics()
        let pack = BriefPack(input, cluster: clusterID)!
        let out = args["--out"] ?? "Reports/brief-\(PageNames.slug(clusterID)).html"
        let target = try ReportTarget(out)
        try target.folder.write(Array(BriefDocument(pack, paper: paper).document().utf8), to: target.name)
        Terminal.error("wrote \(out): \(pack.pageCount) pages (\(pack.schools.count) schools)")
        if args.has("--pdf") {
            guard try HeadlessPrint.pdf(of: target) else { return 1 }
        }
        return pipeline.exitCode
    }

    /// A pack for every cluster, `brief-<cluster slug>.html` in `folder` (for `pulse demo`).
    static func writeAll(_ pipeline: Pipeline, to folder: OutputFolder) throws {
        let input = try pipeline.reportInput(month: nil, asOf: nil)
        let ids = pipeline.dataset.clusters.map(\.id)
        let names = PageNames(ids: ids, reserved: [])
        for id in ids {
            let pack = BriefPack(input, cluster: id)!
            try folder.write(Array(BriefDocument(pack).document().utf8), to: "brief-\(names[id]).html")
        }
        Terminal.error("wrote \(folder.root.path): \(ids.count) briefing packs")
    }
}

/// A file named on the command line: its folder (created if missing) and its name in it.
struct ReportTarget {
    let folder: OutputFolder
    let name: String

    init(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        name = url.lastPathComponent
        guard !name.isEmpty, name != ".", name != ".." else { throw UsageError("--out \(path) is not a file name") }
        folder = try OutputFolder(url.deletingLastPathComponent().path)
    }

    var url: URL { folder.root.appendingPathComponent(name) }
}

/// Prints an HTML file to PDF beside it through an installed headless Chromium: the only external program
/// the toolkit runs. The PDF is written to a temporary name and renamed into place.
enum HeadlessPrint {
    static let browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// Writes `<stem>.pdf` beside the HTML; false (with a message) when no Chromium is installed or it fails.
    static func pdf(of html: ReportTarget) throws -> Bool {
        guard let browser = installedBrowser() else {
            Terminal.error(
                "pulse: --pdf needs headless Chromium, and none is installed (looked for "
                    + "\(browsers.joined(separator: ", ")) on PATH); the HTML is written: \(html.url.path)")
            return false
        }
        let stem = html.name.hasSuffix(".html") ? String(html.name.dropLast(5)) : html.name
        let target = html.folder.root.appendingPathComponent(stem + ".pdf")
        let temporary = html.folder.root
            .appendingPathComponent(".\(stem).\(ProcessInfo.processInfo.processIdentifier).tmp.pdf")
        let process = Process()
        process.executableURL = browser
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--print-to-pdf=\(temporary.path)", html.url.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: temporary.path),
            rename(temporary.path, target.path) == 0
        else {
            try? FileManager.default.removeItem(at: temporary)
            Terminal.error(
                "pulse: \(browser.lastPathComponent) could not print \(html.url.path) "
                    + "(exit status \(process.terminationStatus))")
            return false
        }
        Terminal.error("wrote \(target.path)")
        return true
    }

    /// The first browser found on PATH.
    static func installedBrowser() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in browsers {
            for folder in path.split(separator: ":") {
                let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }
}
