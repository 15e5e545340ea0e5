import Foundation
import PulseModel

/// A deterministic synthetic dataset: clusters named after the nine Atlanta cluster plans, each a high
/// school and its feeders; a six-dimension pulse with drift by school and month, skipped answers and
/// comments; milestones on and off schedule; internal and external challenges at every escalation level;
/// SMART goals for some schools and clusters.
///
///     let synthetic = SyntheticDataset(schools: 42, months: 7, seed: 7)
///     synthetic.responses(month: 3) { response in … }   // the third program month's pulse
public struct SyntheticDataset: Sendable {
    public let dataset: Dataset
    public let months: Int
    public let seed: UInt64
    /// Per school: level effect, monthly improvement and response rate.
    private let schoolEffects: [SchoolEffect]

    struct SchoolEffect: Sendable {
        var offset: Double
        var drift: Double
        var responseRate: Double
        var dimensionOffsets: [Double]
    }

    public static let startMonth = Month(year: 2026, month: 2)

    public init(schools schoolCount: Int, months: Int, seed: UInt64 = 1) {
        precondition(schoolCount >= 1 && months >= 1)
        self.months = months
        self.seed = seed
        var rng = SeededGenerator(seed: seed)
        let program = Program(name: "Leading Flourishing Schools \(Self.startMonth.year)", startMonth: Self.startMonth)
        let instrument = InstrumentCatalog.instrument

        let clusterCount = max(1, (schoolCount + 4) / 5)
        var clusters: [Cluster] = []
        for c in 0..<clusterCount {
            var profile = ClusterCatalog.profiles[c % ClusterCatalog.profiles.count]
            if c >= ClusterCatalog.profiles.count {
                let round = c / ClusterCatalog.profiles.count + 1
                profile.id += "-\(round)"
                profile.name += " \(round)"
            }
            profile.chair = ClusterCatalog.chairs[c % ClusterCatalog.chairs.count]
            clusters.append(profile)
        }
        var sizes = [Int](repeating: schoolCount / clusterCount, count: clusterCount)
        for extra in 0..<(schoolCount % clusterCount) { sizes[(extra * 7) % clusterCount] += 1 }

        var schools: [School] = []
        var effects: [SchoolEffect] = []
        var feeder = 0
        for (c, cluster) in clusters.enumerated() {
            let town = cluster.name.replacingOccurrences(of: " Cluster", with: "")
            for position in 0..<sizes[c] {
                let id = "S\(schools.count + 1 < 10 ? "00" : schools.count + 1 < 100 ? "0" : "")\(schools.count + 1)"
                let level: SchoolLevel
                let name: String
                var staff: Int
                if position == 0 {
                    level = .high
                    name = "\(town) High School"
                    staff = rng.int(70...120)
                } else {
                    let base = ClusterCatalog.feederNames[feeder % ClusterCatalog.feederNames.count]
                    let suffix =
                        feeder >= ClusterCatalog.feederNames.count
                        ? " \(feeder / ClusterCatalog.feederNames.count + 1)" : ""
                    feeder += 1
                    if position == 1 {
                        level = .middle
                        name = "\(base)\(suffix) Middle School"
                        staff = rng.int(40...65)
                    } else {
                        level = .elementary
                        name = "\(base)\(suffix) Elementary School"
                        staff = rng.int(22...45)
                    }
                }
                // One small school in about every third cluster keeps suppression honest.
                if position == sizes[c] - 1 && position > 1 && c % 3 == 1 { staff = rng.int(5...8) }
                schools.append(School(id: id, name: name, clusterID: cluster.id, level: level, staffCount: staff))
                effects.append(
                    SchoolEffect(
                        offset: rng.normal() * 0.22,
                        drift: rng.normal() * 0.025 + (rng.chance(0.15) ? -0.05 : 0),
                        responseRate: 0.55 + rng.unit() * 0.35,
                        dimensionOffsets: instrument.dimensions.map { _ in rng.normal() * 0.12 }))
            }
        }
        self.schoolEffects = effects
        let milestones = Self.milestones(schools: schools, program: program, months: months, rng: &rng)
        let challenges = Self.challenges(schools: schools, program: program, months: months, rng: &rng)
        let goals = Self.goals(
            schools: schools, clusters: clusters, instrument: instrument, program: program, rng: &rng)
        self.dataset = Dataset(
            program: program, clusters: clusters, schools: schools, instrument: instrument,
            milestones: milestones, challenges: challenges, goals: goals)
    }

    /// The last day of the data: the end of the last generated month.
    public var asOf: Day { Day.last(of: dataset.program.calendarMonth(ofProgramMonth: months)) }

    /// Streams the responses of one program month (1-based), school by school.
    public func responses(month programMonth: Int, _ each: (Response) -> Void) {
        let month = dataset.program.calendarMonth(ofProgramMonth: programMonth)
        var rng = SeededGenerator(seed: seed &* 0x100_0193 &+ UInt64(programMonth))
        let instrument = dataset.instrument
        let profiles = InstrumentCatalog.dimensions
        let t = Double(programMonth - 1)
        for (s, school) in dataset.schools.enumerated() {
            let effect = schoolEffects[s]
            // Response rates sag in some months (reports due, holidays).
            let dip = programMonth % 4 == 3 ? 0.12 : 0
            let rate = max(0.15, min(0.97, effect.responseRate - dip + rng.normal() * 0.05))
            var count = 0
            for _ in 0..<school.staffCount where rng.chance(rate) { count += 1 }
            for r in 0..<count {
                let person = rng.normal() * 0.45
                var answers = [Int8](repeating: Response.skipped, count: instrument.items.count)
                for (d, dimension) in instrument.dimensions.enumerated() {
                    let latent =
                        profiles[d].baseline + effect.offset + effect.dimensionOffsets[d]
                        + t * (profiles[d].monthlyDrift + effect.drift) + person
                    for i in dimension.itemIndices {
                        if rng.chance(0.03) { continue }
                        let value = max(1, min(5, Int((latent + rng.normal() * 0.7).rounded())))
                        answers[i] = Int8(instrument.items[i].score(value))
                    }
                }
                let role = Self.role(&rng)
                let day = Day(year: month.year, month: month.month, day: rng.int(2...26))!
                let comment = rng.chance(0.12) ? rng.pick(InstrumentCatalog.comments) : ""
                each(
                    Response(
                        id: "\(month)-\(school.id)-\(r + 1)", submitted: day, schoolIndex: s, role: role,
                        answers: answers, comment: comment))
            }
        }
    }

    private static func role(_ rng: inout SeededGenerator) -> String {
        var u = rng.unit()
        for role in InstrumentCatalog.roles {
            u -= role.weight
            if u < 0 { return role.name }
        }
        return InstrumentCatalog.roles[0].name
    }
}
