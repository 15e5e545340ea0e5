import PulseModel
import Testing

@testable import PulseIngest

@Suite("Ingest: the school a platform export names")
struct SchoolMatcherTests {
    static let schools = [
        School(id: "S1", name: "Carver Elementary", clusterID: "c", level: .elementary, staffCount: 20),
        School(id: "S2", name: "Lincoln Middle", clusterID: "c", level: .middle, staffCount: 30),
        School(id: "Lincoln Middle", name: "Renamed", clusterID: "c", level: .middle, staffCount: 30),
    ]

    /// Remembered answers are the look-up's, for the first and every later time a text comes, including
    /// texts that name no school and texts past the ones it keeps.
    @Test func rememberedSchoolsAreTheLookUps() {
        var matcher = SchoolMatcher(Self.schools)
        let texts =
            ["carver  ELEMENTARY", "Carver Elementary", "S2", "s1", "Lincoln Middle", "Nowhere", "", "Renamed"]
            + (0..<(SchoolMatcher.rememberedAtMost + 10)).map { "school \($0)" }
        for round in 0..<2 {
            for text in texts {
                #expect(matcher.school(text) == matcher.lookUp(text), "\(text), round \(round)")
            }
        }
        #expect(matcher.school("carver  ELEMENTARY") == 0)
        #expect(matcher.school("Lincoln Middle") == 2)  // an id wins over a name
        #expect(matcher.school("Nowhere") == nil)
    }
}
