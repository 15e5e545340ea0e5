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

@Suite("Values: lists")
struct ListTests {
    /// A cluster's `|`-separated priorities are the entries that splitting its characters gives, trimmed and
    /// without blanks: read byte by byte for ASCII, character by character otherwise (a `|` with a
    /// combining mark after it is one character, not a separator).
    @Test(arguments: [
        "Literacy|Numeracy", " Literacy | Numeracy |", "||", "", "Staff collaboration|STEM pathways|\tWellbeing\r\n",
        "Lecture|Écriture", "a|\u{301}b|c", "Ω | ∑",
    ])
    func prioritiesSplitAsCharactersDo(text: String) {
        let characters = text.split(separator: "|").map { $0.trimming(CharacterSets.whitespaces) }.filter {
            !$0.isEmpty
        }
        #expect(ClustersFile.list(text) == characters)
    }
}
