import Foundation
import PulseIngest
import PulseModel
import PulseSynthetic
import Testing

@Suite("Synthetic: generated datasets")
struct SyntheticDatasetTests {
    func files(_ synthetic: SyntheticDataset) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        SyntheticFiles.write(synthetic) { path, bytes in files[path] = bytes }
        return files
    }

    @Test func sameSeedSameBytesOtherSeedOtherBytes() {
        let a = files(SyntheticDataset(schools: 12, months: 3, seed: 9))
        let b = files(SyntheticDataset(schools: 12, months: 3, seed: 9))
        let c = files(SyntheticDataset(schools: 12, months: 3, seed: 10))
        #expect(a == b)
        #expect(a["pulse/2026-03.csv"] != c["pulse/2026-03.csv"])
        #expect(
            a.keys.sorted() == [
                "challenges.csv", "clusters.csv", "goals.csv", "instrument.csv", "milestones.csv", "program.json",
                "pulse/2026-02.csv", "pulse/2026-03.csv", "pulse/2026-04.csv", "schools.csv",
            ])
    }

    @Test func generatedFolderLoadsCleanAndCompletely() throws {
        let synthetic = SyntheticDataset(schools: 20, months: 4, seed: 3)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pulse-synthetic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, bytes) in files(synthetic) {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        var folder = try DatasetFolder(root)
        var read: [Response] = []
        folder.readResponses { read.append($0) }
        var generated: [Response] = []
        for month in 1...4 { synthetic.responses(month: month) { generated.append($0) } }
        #expect(folder.log.errorCount == 0, "\(folder.log.kept)")
        #expect(folder.log.warningCount == 0, "\(folder.log.kept)")
        #expect(read == generated, "what is written reads back as the same responses")
        #expect(folder.dataset.schools == synthetic.dataset.schools)
        #expect(folder.dataset.clusters == synthetic.dataset.clusters)
        #expect(folder.dataset.milestones == synthetic.dataset.milestones)
        #expect(folder.dataset.challenges == synthetic.dataset.challenges)
        #expect(folder.dataset.goals == synthetic.dataset.goals)
    }

    @Test func demoShapeNineClustersOfAHighSchoolAndThreeToFiveFeeders() {
        let dataset = SyntheticDataset(schools: 42, months: 7, seed: 2026).dataset
        #expect(
            dataset.clusters.map(\.name) == [
                "Carver Cluster", "Douglass Cluster", "Grady Cluster", "Jackson Cluster", "Mays Cluster",
                "North Atlanta Cluster", "South Atlanta Cluster", "Therrell Cluster", "Washington Cluster",
            ])
        for cluster in dataset.clusters {
            let schools = dataset.schools(inCluster: cluster.id)
            #expect((4...6).contains(schools.count))
            #expect(schools.filter { $0.level == .high }.count == 1)
            #expect(!cluster.priorities.isEmpty && !cluster.vision.isEmpty && !cluster.mission.isEmpty)
        }
        #expect(dataset.instrument.dimensions.count == 6)
        #expect(dataset.instrument.dimensions.allSatisfy { $0.itemIndices.count == 4 })
        #expect(dataset.instrument.items.filter(\.reverse).count == 2)
    }

    @Test func plansCoverEveryStatusKindAndLevel() {
        let synthetic = SyntheticDataset(schools: 42, months: 7, seed: 2026)
        let dataset = synthetic.dataset
        let statuses = Set(dataset.milestones.map { $0.effectiveStatus(asOf: synthetic.asOf) })
        #expect(statuses.isSuperset(of: [.done, .late, .atRisk, .onTrack, .notStarted]))
        #expect(dataset.milestones.contains { $0.completedLate })
        let challenges = dataset.challenges
        #expect(Set(challenges.map(\.kind)) == Set(ChallengeKind.allCases))
        #expect(Set(challenges.map(\.level)) == Set(EscalationLevel.allCases))
        #expect(challenges.contains { $0.isOpen } && challenges.contains { !$0.isOpen })
        #expect(Set(dataset.goals.map(\.metric)) == Set(GoalMetric.allCases))
    }

    @Test func someAnswersAreSkippedAndSomeSchoolsAreSmall() {
        let synthetic = SyntheticDataset(schools: 42, months: 2, seed: 2026)
        var answers = 0, skipped = 0, commented = 0
        var perSchool: [Int: Int] = [:]
        synthetic.responses(month: 2) { response in
            answers += response.answers.count
            skipped += response.answers.filter { $0 == Response.skipped }.count
            if !response.comment.isEmpty { commented += 1 }
            perSchool[response.schoolIndex, default: 0] += 1
        }
        #expect(Double(skipped) / Double(answers) > 0.01 && Double(skipped) / Double(answers) < 0.06)
        #expect(commented > 0)
        #expect(perSchool.values.contains { $0 < 5 }, "a small school exercises suppression")
    }
}
