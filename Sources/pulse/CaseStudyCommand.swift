import Foundation
import PulseReports

/// `pulse casestudy DATASET --school ID [--out DIR]`: the mid-program case-study folder of one school
/// (default `Reports/casestudy-<school slug>/`).
enum CaseStudyCommand {
    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, options: ["--school", "--out"])
        let path = try args.single("DATASET folder")
        guard let schoolID = args["--school"] else { throw UsageError("--school ID is required") }
        let pipeline = try Pipeline(path: path)
        guard pipeline.dataset.school(id: schoolID) != nil else {
            throw UsageError("--school \(schoolID) is not a school_id of \(path)/schools.csv")
        }
        let input = try pipeline.reportInput(month: nil, asOf: nil)
        pipeline.reportDiagnostics()
        guard let study = CaseStudy(input, school: schoolID) else {
            Terminal.error("pulse: school \(schoolID) has no responses, so there is no case to present")
            return 1
        }
        let out = args["--out"] ?? "Reports/casestudy-\(PageNames.slug(schoolID))"
        let folder = try OutputFolder(out)
        let files = CaseStudyExport(study).files()
        for file in files { try folder.write(file.bytes, to: file.path) }
        Terminal.error(
            "wrote \(out): \(files.count) files (baseline \(study.baseline), mid-program \(study.midProgram))")
        return pipeline.exitCode
    }

    /// A case study for every school with responses, `casestudy-<school slug>/` in `folder` (for `pulse demo`).
    static func writeAll(_ pipeline: Pipeline, to folder: OutputFolder) throws {
        let input = try pipeline.reportInput(month: nil, asOf: nil)
        let ids = pipeline.dataset.schools.map(\.id)
        let names = PageNames(ids: ids, reserved: [])
        var written = 0
        for id in ids {
            guard let study = CaseStudy(input, school: id) else { continue }
            for file in CaseStudyExport(study).files() {
                try folder.write(file.bytes, to: "casestudy-\(names[id])/\(file.path)")
            }
            written += 1
        }
        Terminal.error("wrote \(folder.root.path): \(written) case studies")
    }
}
