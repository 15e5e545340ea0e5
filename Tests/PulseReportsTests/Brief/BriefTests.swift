import Markup
import PulseModel
import PulseStats
import Testing

@testable import PulseReports

@Suite struct BriefTests {
    let pack = BriefPack(BriefFixture.input(), cluster: "C1")!

    @Test func onePagePerSchoolAndTheFixedPages() {
        let document = BriefDocument(pack)
        #expect(pack.pageCount == BriefPack.fixedPages + 3)
        #expect(document.sheets.count == pack.pageCount)
        #expect(document.sheets.allSatisfy { $0.hasClass("sheet") })
        let html = document.document()
        #expect(html.contains("@page{size:A4;margin:12mm}"))
        #expect(html.contains("break-after:page"))
        #expect(BriefDocument(pack, paper: .letter).document().contains("@page{size:letter;margin:12mm}"))
    }

    @Test func unknownClusterHasNoPack() {
        #expect(BriefPack(BriefFixture.input(), cluster: "nope") == nil)
    }

    @Test func coverNamesClusterChairMonthAndStage() {
        let cover = BriefDocument(pack).sheets[0].textContent
        #expect(cover.contains(BriefFixture.dataset.clusters[0].name))
        #expect(cover.contains("Chair " + BriefFixture.hostile))
        #expect(cover.contains("Month 3 of 12, stage 1: Establish foundations"))
        #expect(cover.contains("Pulse survey of April 2026"))
    }

    @Test func smallSchoolShowsOnlyTheSuppressionLabel() throws {
        let page = try #require(pack.schools.first { $0.school.id == "S" })
        #expect(page.summary.tiles.allSatisfy { $0.score?.isSuppressed == true })
        let sheet = BriefSchoolSheet.sheet(page, in: pack)
        #expect(sheet.textContent.contains("fewer than 5 responses"))
        #expect(sheet.descendants(.p).allSatisfy { !$0.hasClass("score") })
        #expect(sheet.descendants(.svg).isEmpty)
    }

    @Test func discussionPicksTheDeclineTheLateMilestoneAndTheLongOpenChallenge() {
        #expect(pack.discussion.map(\.kind) == [.decline, .lateMilestone, .longOpenChallenge])
        #expect(pack.discussion[0].text.contains("Trust"))
        #expect(pack.discussion[0].text.contains("fell"))
        #expect(pack.discussion[1].text.contains("days late"))
        #expect(pack.discussion[2].text.contains("open 79 days (escalated to the area)"))
    }

    @Test func challengesPageListsLevelAndDaysOpen() {
        let sheet = BriefChallengesSheet.sheet(pack)
        let text = sheet.textContent
        #expect(text.contains("1 open challenge: 1 escalated to the area."))
        #expect(sheet.descendants(.span).contains { $0.hasClass("badge") && $0.textContent == "area" })
        #expect(text.contains("79"))
    }

    @Test func longListsAreCappedWithACount() {
        let (shown, more) = BriefSheet.capped(Array(1...10), limit: 7, noun: "milestone", rest: "see the dashboard")
        #expect(shown == Array(1...7))
        #expect(more?.textContent == "… and 3 milestones more: see the dashboard.")
        #expect(BriefSheet.capped([1], limit: 7, noun: "milestone", rest: "x").more == nil)
    }

    @Test func hostileTextIsEscapedAndStillReads() {
        let document = BriefDocument(pack)
        let html = document.document()
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("</style> ]]>"))
        #expect(BriefFixture.attributeNames(html).allSatisfy { !$0.lowercased().hasPrefix("on") })
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(document.render().textContent.contains(BriefFixture.hostile))
    }

    @Test func sameInputSameBytes() {
        let again = BriefPack(BriefFixture.input(), cluster: "C1")!
        #expect(BriefDocument(pack).document() == BriefDocument(again).document())
    }
}
