import PulseReports
import Testing

/// Page file names come from `PageNames` (slugs of ids, never the raw id): hostile ids must give names
/// that stay in their folder, are unique, bounded, and portable.
@Suite("Page names from hostile ids")
struct PageNamesTests {
    static let hostileIDs =
        HostileDataset.schoolIDs + ["", " ", "index", "Index", "group", "a/../../b", "../../etc/passwd"]

    @Test func everyNameIsASafeFileNameStem() {
        let names = PageNames(ids: Self.hostileIDs)
        for id in Self.hostileIDs {
            let name = names[id]
            #expect(!name.isEmpty, "id \(id.debugDescription)")
            #expect(name.utf8.count <= 100, "id \(id.debugDescription)")
            #expect(name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }, "\(name)")
            #expect(!name.hasPrefix("-") && !name.hasPrefix("."), "\(name)")
            #expect(name != "index", "the reserved name is never given to an id")
        }
    }

    @Test func idsThatSlugTheSameGetDifferentNamesInAStableOrder() {
        let ids = [
            "S 1", "s-1", "S1", "s/1", "..s..1", String(repeating: "x", count: 300),
            String(repeating: "x", count: 299) + "y",
        ]
        let names = PageNames(ids: ids)
        #expect(Set(ids.map { names[$0] }).count == ids.count)
        // Sorted ids take turns: "..s..1" < "S 1" < "S1" < "s-1" < "s/1".
        #expect(["..s..1", "S 1", "s-1", "s/1"].map { names[$0] } == ["s-1", "s-1-2", "s-1-3", "s-1-4"])
        // The same ids in another order get the same names.
        let again = PageNames(ids: ids.reversed())
        for id in ids { #expect(again[id] == names[id]) }
    }

    @Test func pathsAndEmptyIdsBecomePlainWords() {
        #expect(PageNames.slug("../x") == "x")
        #expect(PageNames.slug("a/b") == "a-b")
        #expect(PageNames.slug("") == "group")
        #expect(PageNames.slug("..") == "group")
        #expect(PageNames.slug("Ünïcödé") == "n-c-d")
        #expect(PageNames.slug(String(repeating: "x", count: 300)).count == 80)
    }

    /// Windows cannot create a file named after a device (`con.html`, `nul.html`, `com1.html`, …): a
    /// report folder copied to a school's Windows laptop or a zip opened there loses those pages.
    @Test func deviceNamesAreNotFileNames() {
        let devices = ["CON", "prn", "Aux", "nul", "COM1", "lpt9"]
        let names = PageNames(ids: devices)
        for id in devices {
            #expect(!["con", "prn", "aux", "nul", "com1", "lpt9"].contains(names[id]), "\(id)")
            #expect(names[id].hasSuffix("-2"), "\(id) → \(names[id])")
        }
    }
}
