import Foundation
import PulseModel
import Testing

@testable import PulseIngest

/// The edges of the fast path's shortcuts: packed school ids, the id check that splits an id once.
@Suite("Ingest: fast path shortcuts against the plain path")
struct FastPathEdgeTests {
    @Test func schoolIDTableFindsExactlyItsIDs() {
        let ids = ["S1", "SCHOOL-000001", "SCHOOL-000002", "SCHOOL-00000", "", "S1", "École-7"]
        let table = SchoolIDTable(ids)
        func index(_ id: String) -> Int? { Array(id.utf8).withUnsafeBufferPointer { table.index(of: $0) } }
        #expect(index("S1") == 5)  // the last of a repeated id, as in the plain path
        #expect(index("SCHOOL-000001") == 1 && index("SCHOOL-000002") == 2 && index("SCHOOL-00000") == 3)
        #expect(index("") == 4 && index("École-7") == 6)
        #expect(index("SCHOOL-000003") == nil && index("SCHOOL-0000010") == nil && index("S") == nil)
        #expect(index("S1\0") == nil && index("s1") == nil)
    }

    @Test func idsMustBeNewToTheEarlierFilesAndToTheirOwn() {
        var earlier = ResponseIDSet()
        _ = earlier.insert("R00000001")
        _ = earlier.insert("odd id")
        var ids = ResponseIDSet()
        func insert(_ id: String) -> Bool { Array(id.utf8).withUnsafeBufferPointer { ids.insert($0, newTo: &earlier) } }
        #expect(!insert("R00000001") && !insert("odd id"))
        #expect(insert("R00000002") && !insert("R00000002") && insert("R00300000") && insert("other id"))
        #expect(!insert("other id") && insert("R00000003"))
        #expect(!earlier.contains("R00000002") && ids.contains("R00000003") && !ids.contains("R00000001"))
    }
}
