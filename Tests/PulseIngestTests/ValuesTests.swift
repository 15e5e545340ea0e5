import PulseModel
import Testing

@testable import PulseIngest

@Suite("Values: vocabulary")
struct ValuesTests {
    /// A vocabulary value is read case-insensitively, spaces and hyphens as underscores, and nothing else.
    @Test(arguments: [
        ("elementary", SchoolLevel.elementary), ("HIGH", .high), ("Middle", .middle), (" other", nil),
        ("élémentary", nil),
        ("", nil), ("high school", nil),
    ])
    func schoolLevels(text: String, level: SchoolLevel?) {
        #expect(Values.choice(text, as: SchoolLevel.self) == level)
    }

    @Test(arguments: [
        ("on_track", MilestoneStatus.onTrack), ("On track", .onTrack), ("ON-TRACK", .onTrack), ("on - track", nil),
        ("not started", .notStarted), ("not_started ", nil), ("at risk", .atRisk),
    ])
    func spacesAndHyphensAreUnderscores(text: String, status: MilestoneStatus?) {
        #expect(Values.choice(text, as: MilestoneStatus.self) == status)
    }
}
