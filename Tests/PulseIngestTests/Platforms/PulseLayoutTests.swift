import Foundation
import Testing

@testable import PulseIngest

@Suite("Ingest: pulse file layout detection")
struct PulseLayoutTests {
    @Test(arguments: PlatformFixtures.exports)
    func fixturesAreDetected(file: String, layout: PulseLayout) {
        #expect(PulseLayout.detect(PlatformFixtures.export(file)) == layout)
    }

    @Test func canonicalFileIsCanonical() {
        #expect(PulseLayout.detect(PlatformFixtures.dataset.appendingPathComponent("pulse/2026-03.csv")) == .canonical)
    }

    @Test func headersAloneDecide() {
        #expect(PulseLayout.detect(header: ["Timestamp", "Your answer"]) == .googleForms)
        #expect(
            PulseLayout.detect(header: ["ID", "Start time", "Completion time", "Email", "Name", "Q"]) == .microsoftForms
        )
        #expect(PulseLayout.detect(header: ["StartDate", "EndDate", "Finished", "ResponseId", "Q1"]) == .qualtrics)
        #expect(
            PulseLayout.detect(header: ["Q1", "Q2"], following: [["a", "b"], ["{\"ImportId\":\"QID1\"}", ""]])
                == .qualtrics, "the ImportId row alone marks a Qualtrics export")
        #expect(PulseLayout.detect(header: ["Respondent ID", "Collector ID", "Start Date"]) == .surveyMonkey)
        #expect(PulseLayout.detect(header: [" Response_ID ", "SUBMITTED_AT", "school_id"]) == .canonical)
        #expect(PulseLayout.detect(header: ["when", "what"]) == nil)
    }
}
