import Foundation

/// The `response_id`s seen so far, exact and compact: the duplicate check of a load with millions of
/// responses, on the fast path and the plain one alike.
///
/// An id that ends in 1…15 digits after at most 16 other bytes (`R00000042`, `2026-000123`, a Google
/// Forms export's `2026-03-L12`, `pulse generate`'s `2026-02-S001-7`) is one bit in a page of 2¹² bits for
/// its family (the bytes before its last run of digits, their count, the digit count): 20 million
/// sequential ids take about 3 MB, against about 1 GB as `Set<String>`. Pages are small so that families
/// of a few ids each (a school's month) or ids far apart cost little: at worst a page (512 bytes and its
/// index entry) per id. Any other id is kept as its bytes (exact, about 50 bytes each). There is no
/// hashing to a shorter key, so there are no false repeats to re-check.
/// Two ids are the same when their UTF-8 bytes are (not when they are only canonically equivalent, as
/// `String`'s `==` has it): every reader, fast or plain, compares them so.
///
///     var seen = ResponseIDSet()
///     seen.insert("R0001")        // true
///     seen.insert("R0001")        // false: a repeat
///     seen.contains("R001")       // false: another family (3 digits)
public struct ResponseIDSet: @unchecked Sendable {  // copy on write: `lastWords` points into `store`
    /// An id kept whole, hashed and compared by its bytes.
    private struct IDBytes: Hashable, Sendable {
        let bytes: [UInt8]

        init(_ id: UnsafeBufferPointer<UInt8>) { bytes = Array(id) }

        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    private struct PageKey: Hashable {
        /// The prefix's bytes 0..<8 and 8..<16, little-endian, zero-padded.
        var prefix: UInt64
        var prefixHigh: UInt64 = 0
        /// prefix length << 8 | digit count
        var shape: Int
        var page: Int
    }

    private static let pageBits = 12
    private static let wordsPerPage = (1 << pageBits) / 64

    /// The pages: fixed blocks of words, never moved (growing adds one), shared by copies of the set
    /// until one of them changes, as an array's storage is. A page is reached by one pointer, so that
    /// setting a bit checks uniqueness once (an array of arrays checks both).
    private final class PageStore: @unchecked Sendable {  // changed only while uniquely referenced
        private(set) var pages: [UnsafeMutablePointer<UInt64>] = []

        /// Adds a page of zeros; returns its index.
        func add() -> Int {
            let page = UnsafeMutablePointer<UInt64>.allocate(capacity: ResponseIDSet.wordsPerPage)
            page.initialize(repeating: 0, count: ResponseIDSet.wordsPerPage)
            pages.append(page)
            return pages.count - 1
        }

        func copy() -> PageStore {
            let copy = PageStore()
            for page in pages { copy.pages[copy.add()].update(from: page, count: ResponseIDSet.wordsPerPage) }
            return copy
        }

        deinit { for page in pages { page.deallocate() } }
    }

    /// The bytes of the pages (not of their index or of the ids kept whole), for the tests of memory.
    var pageBytes: Int { store.pages.count * Self.wordsPerPage * 8 }

    private var pageIndex: [PageKey: Int] = [:]
    private var store = PageStore()
    private var others: Set<IDBytes> = []
    /// The family looked up last, its page's index (−1: none) and words in `store`.
    private var lastKey = PageKey(prefix: 0, shape: -1, page: -1)
    private var lastPage = -1
    private var lastWords: UnsafeMutablePointer<UInt64>?

    public init() {}

    /// Adds an id; false when it was already there. The fast path's per-row check: inlined there with the
    /// steps of a sequential id (split as two words, the page of the last id), the rest out of line.
    @inline(__always)
    mutating func insert(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (key, bit) = Self.split(id) else { return insertOther(id) }
        return insert(key, bit)
    }

    /// `insert(_:)` of an id that is kept whole.
    @inline(never)
    private mutating func insertOther(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
        others.insert(IDBytes(id)).inserted
    }

    /// Whether an id is in the set.
    mutating func contains(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (key, bit) = Self.split(id) else { return others.contains(IDBytes(id)) }
        return contains(key, bit)
    }

    @inline(__always)
    private mutating func insert(_ key: PageKey, _ bit: Int) -> Bool {
        if !isKnownUniquelyReferenced(&store) { makeUnique() }
        let words = page(key, creating: true)! + (bit >> 6)
        let mask: UInt64 = 1 << UInt64(bit & 63)
        if words.pointee & mask != 0 { return false }
        words.pointee |= mask
        return true
    }

    @inline(__always)
    private mutating func contains(_ key: PageKey, _ bit: Int) -> Bool {
        guard let words = page(key, creating: false) else { return false }
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Gives this set pages of its own (a copy shared them), and finds the last page in them.
    @inline(never)
    private mutating func makeUnique() {
        store = store.copy()
        lastWords = lastPage >= 0 ? store.pages[lastPage] : nil
    }

    /// Adds an id; false when it was already there.
    @discardableResult
    public mutating func insert(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { insert($0) }
    }

    /// Whether an id is in the set (mutating only to remember the page it looked in).
    public mutating func contains(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { contains($0) }
    }

    /// Whether the two sets share no id.
    func isDisjoint(with other: ResponseIDSet) -> Bool {
        for (key, theirs) in other.pageIndex {
            guard let mine = pageIndex[key] else { continue }
            let (a, b) = (store.pages[mine], other.store.pages[theirs])
            for w in 0..<Self.wordsPerPage where a[w] & b[w] != 0 { return false }
        }
        return others.isDisjoint(with: other.others)
    }

    /// Adds every id of `other`, in place (check `isDisjoint(with:)` first to find repeats).
    mutating func formUnion(_ other: ResponseIDSet) {
        if !isKnownUniquelyReferenced(&store) { makeUnique() }
        for (key, theirs) in other.pageIndex {
            let (mine, added) = (page(key, creating: true)!, other.store.pages[theirs])
            for w in 0..<Self.wordsPerPage { mine[w] |= added[w] }
        }
        others.formUnion(other.others)
    }

    /// The words of a family's page, remembered for the next id of the same family (absent or not: only
    /// these methods add pages, and they keep the memory right). `creating` requires a unique `store`.
    @inline(__always)
    private mutating func page(_ key: PageKey, creating: Bool) -> UnsafeMutablePointer<UInt64>? {
        if key == lastKey && (lastWords != nil || !creating) { return lastWords }
        return pageOfAnotherFamily(key, creating: creating)
    }

    /// `page(_:creating:)` when `key` is not the last one's, or is and has no page yet.
    @inline(never)
    private mutating func pageOfAnotherFamily(_ key: PageKey, creating: Bool) -> UnsafeMutablePointer<UInt64>? {
        if key != lastKey { (lastKey, lastPage) = (key, pageIndex[key] ?? -1) }
        if lastPage < 0 {
            guard creating else {
                lastWords = nil
                return nil
            }
            lastPage = store.add()
            pageIndex[key] = lastPage
        }
        lastWords = store.pages[lastPage]
        return lastWords
    }

    /// The family page and bit of an id made of up to 16 bytes that do not end in a digit and 1…15
    /// digits; nil otherwise.
    @inline(__always)
    private static func split(_ id: UnsafeBufferPointer<UInt8>) -> (PageKey, Int)? {
        if id.count >= 9 && id.count <= 16, let split = splitEndingInEightDigits(id.baseAddress!, count: id.count) {
            return split
        }
        return splitBytewise(id)
    }

    /// Whether `split` reads an id as its byte loop does (for the tests of the word-wise reading).
    static func splitsAlike(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
        let (fast, bytewise) = (split(id), splitBytewise(id))
        return fast?.0 == bytewise?.0 && fast?.1 == bytewise?.1
    }

    /// `split` a byte at a time.
    @inline(never)
    private static func splitBytewise(_ id: UnsafeBufferPointer<UInt8>) -> (PageKey, Int)? {
        guard let bytes = id.baseAddress else { return nil }
        let count = id.count
        var digitsFrom = count
        while digitsFrom > 0 && bytes[digitsFrom - 1] &- 0x30 < 10 { digitsFrom -= 1 }
        let digits = count - digitsFrom
        guard digits >= 1 && digits <= 15 && digitsFrom <= 16 else { return nil }
        var prefix: (UInt64, UInt64) = (0, 0)
        for i in 0..<digitsFrom {
            if i < 8 {
                prefix.0 |= UInt64(bytes[i]) << UInt64(8 * i)
            } else {
                prefix.1 |= UInt64(bytes[i]) << UInt64(8 * (i - 8))
            }
        }
        var number = 0
        for i in digitsFrom..<count { number = number * 10 + Int(bytes[i] &- 0x30) }
        let key = PageKey(
            prefix: prefix.0, prefixHigh: prefix.1, shape: digitsFrom << 8 | digits, page: number >> pageBits)
        return (key, number & (1 << pageBits - 1))
    }

    /// `split` of a 9…16-byte id whose last 8 bytes are digits (`R00000042`), read as two words: nil when
    /// the id is not of that kind or not one `split` takes, and `split` then reads it a byte at a time.
    @inline(__always)
    private static func splitEndingInEightDigits(_ bytes: UnsafePointer<UInt8>, count: Int) -> (PageKey, Int)? {
        let start = UnsafeRawPointer(bytes)
        let tail = UInt64(littleEndian: start.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        guard nonDigits(tail) == 0 else { return nil }
        // The bytes before the tail (1…8): the prefix runs to their last non-digit, digits follow it.
        let headCount = count - 8
        let headMask: UInt64 = headCount == 8 ? ~0 : (1 << UInt64(8 * headCount)) - 1
        let head = UInt64(littleEndian: start.loadUnaligned(as: UInt64.self)) & headMask
        let nonDigitBits = nonDigits(head) & headMask
        let prefixCount = nonDigitBits == 0 ? 0 : (71 - nonDigitBits.leadingZeroBitCount) >> 3
        let prefixMask: UInt64 = prefixCount == 8 ? ~0 : (1 << UInt64(8 * prefixCount)) - 1
        let digits = count - prefixCount
        guard digits <= 15 else { return nil }
        var high = 0
        for i in prefixCount..<headCount { high = high * 10 + Int(bytes[i] &- 0x30) }
        let number = high * 100_000_000 + Int(eightDigits(tail))
        let key = PageKey(prefix: head & prefixMask, shape: prefixCount << 8 | digits, page: number >> pageBits)
        return (key, number & (1 << pageBits - 1))
    }

    /// Bit 7 of each byte of `word` that is not an ASCII digit: `byte ^ 0x30` is below 10 for a digit, and
    /// adding 0x76 to it sets bit 7 from 10 up, with no carry into the next byte.
    @inline(__always)
    private static func nonDigits(_ word: UInt64) -> UInt64 {
        let x = word ^ 0x3030_3030_3030_3030
        return (x | ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7676_7676_7676_7676)) & 0x8080_8080_8080_8080
    }

    /// The value of 8 ASCII digits packed little-endian (the first digit in the lowest byte): pairs, then
    /// fours, then all eight, each step one multiply that adds a lane to ten, a hundred or ten thousand
    /// times the lane below it.
    @inline(__always)
    private static func eightDigits(_ word: UInt64) -> UInt64 {
        var v = word &- 0x3030_3030_3030_3030
        v = v &* 10 &+ v >> 8
        v = ((v & 0x00FF_00FF_00FF_00FF) &* (1 + 100 << 16)) >> 16
        return ((v & 0x0000_FFFF_0000_FFFF) &* (1 + 10_000 << 32)) >> 32
    }
}
