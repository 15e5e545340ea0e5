/// Fixed-size cells of integers kept in pages of `cellsPerPage` cells: the storage of `CellCounts`,
/// which grows one cell at a time.
///
/// An array that grows by doubling copies everything it holds into a buffer twice the size and frees
/// the old one; the allocator keeps such freed buffers, so a fold of millions of responses ended up
/// holding about half as much again as its cells. Pages are never moved or resized: growing allocates
/// one more page, and a cell never straddles two pages, so a cell is one pointer.
///
/// Copies share their pages until one of them changes (copy on write, like an array).
///
///     var pages = CellPages<UInt8>(stride: 4)
///     let cell = pages.append()                 // 0: four zeros
///     pages.mutableCell(cell)[2] += 1
///     pages.cell(cell)[2]                       // 1
struct CellPages<Element: FixedWidthInteger>: @unchecked Sendable {
    /// The integers per cell.
    let stride: Int
    /// The cells stored.
    private(set) var count = 0
    /// Owned by this value alone before any write (see `mutableCell`), so sharing it across threads
    /// is safe.
    private var storage: Storage

    /// Cells per page: a power of two, so that a cell's page and place are a shift and a mask.
    static var cellsPerPage: Int { 1 << pageShift }
    private static var pageShift: Int { 8 }

    init(stride: Int) {
        precondition(stride > 0, "a cell holds at least one integer")
        self.stride = stride
        storage = Storage(pageSize: Self.cellsPerPage * stride)
    }

    /// Adds a cell of zeros; returns its index.
    mutating func append() -> Int {
        if count == storage.pageCount << Self.pageShift {
            makeUnique()
            storage.addPage()
        }
        count += 1
        return count - 1
    }

    /// The integers of a cell, to read; valid until this value changes.
    func cell(_ index: Int) -> UnsafePointer<Element> {
        precondition(index >= 0 && index < count, "a cell out of range")
        return UnsafePointer(Self.cell(index, in: storage.pages, stride: stride))
    }

    /// The integers of a cell, to change; valid until this value is copied or grows.
    mutating func mutableCell(_ index: Int) -> UnsafeMutablePointer<Element> {
        precondition(index >= 0 && index < count, "a cell out of range")
        makeUnique()
        return Self.cell(index, in: storage.pages, stride: stride)
    }

    /// Every cell to change, for a loop over many: this value is made its pages' only owner once, where
    /// `mutableCell` checks on every call. Valid until this value is copied or grows, as a pointer from
    /// `mutableCell` is.
    mutating func mutableCells() -> MutableCells {
        makeUnique()
        return MutableCells(pages: storage.pages, stride: stride, count: count)
    }

    /// The cells of `mutableCells()`: plain pointers, so that a loop holding them counts no references.
    struct MutableCells {
        fileprivate let pages: UnsafeMutablePointer<UnsafeMutablePointer<Element>>
        let stride: Int
        let count: Int

        /// The integers of a cell, to change.
        @inline(__always)
        subscript(index: Int) -> UnsafeMutablePointer<Element> {
            precondition(index >= 0 && index < count, "a cell out of range")
            return CellPages.cell(index, in: pages, stride: stride)
        }
    }

    @inline(__always)
    private static func cell(
        _ index: Int, in pages: UnsafeMutablePointer<UnsafeMutablePointer<Element>>, stride: Int
    ) -> UnsafeMutablePointer<Element> {
        pages[index >> pageShift] + (index & (cellsPerPage - 1)) &* stride
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    /// The pages, freed with the last value that uses them. Their list is a buffer of its own (moved only
    /// when a page is added), so that reading it takes no reference.
    private final class Storage {
        let pageSize: Int
        // Read on every folded row: no dynamic exclusivity check (only `addPage` writes them, on a unique
        // value).
        @exclusivity(unchecked) private(set) var pages: UnsafeMutablePointer<UnsafeMutablePointer<Element>> =
            .allocate(capacity: 1)
        @exclusivity(unchecked) private(set) var pageCount = 0
        private var pageCapacity = 1

        init(pageSize: Int) { self.pageSize = pageSize }

        deinit {
            for index in 0..<pageCount { pages[index].deallocate() }
            pages.deallocate()
        }

        func addPage() {
            if pageCount == pageCapacity {
                let wider = UnsafeMutablePointer<UnsafeMutablePointer<Element>>.allocate(capacity: 2 * pageCapacity)
                wider.moveInitialize(from: pages, count: pageCount)
                pages.deallocate()
                (pages, pageCapacity) = (wider, 2 * pageCapacity)
            }
            let page = UnsafeMutablePointer<Element>.allocate(capacity: pageSize)
            page.initialize(repeating: 0, count: pageSize)
            (pages + pageCount).initialize(to: page)
            pageCount += 1
        }

        func copy() -> Storage {
            let copy = Storage(pageSize: pageSize)
            for index in 0..<pageCount {
                copy.addPage()
                copy.pages[index].update(from: pages[index], count: pageSize)
            }
            return copy
        }
    }
}
