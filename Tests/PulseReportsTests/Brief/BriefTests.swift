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

    @Test func methodSheetPrintsNoFoldAndNoFileTableWhenNothingWasRejected() {
        // On paper a closed `<details>` prints as its summary alone.
        let sheet = BriefMethodSheet.sheet(pack)
        #expect(sheet.descendants(.details).isEmpty)
        #expect(sheet.descendants(.table).isEmpty)
        #expect(sheet.textContent.contains("35 rows read: 35 accepted, 0 rejected"))
        // A page read on screen keeps every file, folded.
        let screen = DataQualityNote(BriefFixture.quality).render()
        #expect(screen.descendants(.details).count == 1)
        #expect(screen.textContent.contains("pulse/2026-02.csv"))
    }

    @Test func printedFilesAreThoseWithRejectedRowsMostFirstAndCapped() throws {
        let rejected = [0, 3, 0, 7, 1, 3, 0, 2, 5, 4, 6, 1]
        let files = rejected.enumerated().map { index, count in
            DataQuality.FileRows(file: "pulse/\(index).csv", read: 10, accepted: 10 - count, rejected: count)
        }
        let quality = DataQuality(files: files, errors: 0, warnings: 0, diagnostics: [])
        let note = DataQualityNote(quality, files: .rejecting(atMost: 8)).render()
        let table = try #require(note.descendants(.table).first)
        // 7, 6, 5, 4, the two 3s in file order, the 2, then the first of the two 1s.
        let names = table.descendants(.tr).dropFirst().compactMap { $0.children.first?.textContent }
        #expect(
            names == [
                "pulse/3.csv", "pulse/10.csv", "pulse/8.csv", "pulse/9.csv", "pulse/1.csv", "pulse/5.csv",
                "pulse/7.csv", "pulse/4.csv",
            ])
        #expect(note.textContent.contains("… and 1 more file with rejected rows: see pulse check."))
        let two = DataQualityNote(quality, files: .rejecting(atMost: 7)).render()
        #expect(two.textContent.contains("… and 2 more files with rejected rows"))
        let all = DataQualityNote(quality, files: .rejecting(atMost: 9)).render()
        #expect(!all.textContent.contains("more file"))
        #expect(all.descendants(.details).isEmpty)
    }

    @Test func sameInputSameBytes() {
        let again = BriefPack(BriefFixture.input(), cluster: "C1")!
        #expect(BriefDocument(pack).document() == BriefDocument(again).document())
    }
}
