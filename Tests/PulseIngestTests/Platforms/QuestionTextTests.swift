import Testing

@testable import PulseIngest

@Suite("Ingest: question text matching")
struct QuestionTextTests {
    @Test func keysIgnoreCaseSpacesPunctuationCurlyQuotesAndTheRequiredStar() {
        let instrument = QuestionText.key("I’m clear about our school’s priorities this term.")
        #expect(QuestionText.key("I'm clear about our school's priorities this term") == instrument)
        #expect(QuestionText.key("  I’M CLEAR about   our school's priorities this term. *") == instrument)
        #expect(QuestionText.key("“I’m clear about our school’s priorities this term.”") == instrument)
        #expect(
            QuestionText.key("I can raise a concern without fear – and it’s heard.")
                == QuestionText.key("I can raise a concern without fear - and it's heard."))
        #expect(QuestionText.key("I trust leaders.") != QuestionText.key("I trust leaders less."))
    }

    @Test func gridRowsAndMatrixStatementsAreCandidates() {
        #expect(
            QuestionText.candidates("How much do you agree? [I trust leaders.]")
                == ["How much do you agree? [I trust leaders.]", "I trust leaders."])
        #expect(
            QuestionText.candidates("How much do you agree? - I trust leaders.")
                == ["How much do you agree? - I trust leaders.", "I trust leaders."])
        #expect(QuestionText.candidates("I trust leaders.") == ["I trust leaders."])
    }

    @Test func answersKeepTheirPunctuation() {
        #expect(QuestionText.answer("  Strongly   AGREE ") == "strongly agree")
        #expect(QuestionText.answer("1 - Not at all") == "1 - not at all")
    }
}
