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

    /// Every value of the vocabularies read by `choice` is read from its raw value (the short way: a text
    /// with no capital, space or hyphen is its own key) and from its upper-case form (the normalising way),
    /// and a near miss is nil: so each raw value is its own normal form, and no value is out of reach.
    @Test func rawValuesAreTheirOwnKeys() {
        func check<T: RawRepresentable & CaseIterable & Equatable>(_ type: T.Type) where T.RawValue == String {
            for value in T.allCases {
                let raw = value.rawValue
                #expect(raw == raw.lowercased() && !raw.contains(" ") && !raw.contains("-"), "\(raw)")
                #expect(Values.choice(raw, as: T.self) == value)
                #expect(Values.choice(raw.uppercased(), as: T.self) == value)
                #expect(Values.choice(raw + "_", as: T.self) == nil)
                #expect(Values.choice(String(raw.dropLast()), as: T.self) == nil)
            }
        }
        check(SchoolLevel.self)
        check(MilestoneStatus.self)
        check(ChallengeKind.self)
        check(ChallengeStatus.self)
        check(EscalationLevel.self)
        check(GoalMetric.self)
    }
}

@Suite("Values: lists")
struct ListTests {
    /// A cluster's `|`-separated priorities are the entries that splitting its characters gives, trimmed and
    /// without blanks: read byte by byte for ASCII, character by character otherwise (a `|` with a
    /// combining mark after it is one character, not a separator).
    @Test(arguments: [
        "Literacy|Numeracy", " Literacy | Numeracy |", "||", "", "Staff collaboration|STEM pathways|\tWellbeing\r\n",
        "Lecture|Écriture", "a|\u{301}b|c", "Ω | ∑", "|", " | \t|", "a", " a ", "a||b|", "\u{0B}a\u{0C}|\u{1F}",
        "\u{A0}a\u{A0}|b",
    ])
    func prioritiesSplitAsCharactersDo(text: String) {
        let characters = text.split(separator: "|").map { $0.trimming(CharacterSets.whitespaces) }.filter {
            !$0.isEmpty
        }
        #expect(ClustersFile.list(text) == characters)
    }
}
