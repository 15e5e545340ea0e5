/// The histogram counts of a cell being merged into a `CellCounts` cell: 8-bit (another store's first
/// tier, the usual case: a part's sink into the file's fold, a school into its cluster) or 64-bit (a
/// `CellAccumulator`'s).
///
/// The 8-bit counts are read sixteen at a time as `SIMD16<UInt8>`: the compiler leaves a generic loop
/// over them scalar (one byte, widened, per step), which made a merge of 270 counts cost about as
/// much as folding a few responses.
///
///     MergedCounts.bytes(theirs).addIfRoom(to: mine, count: 270)   // false: a sum would pass 255
enum MergedCounts {
    case bytes(UnsafePointer<UInt8>)
    case wide(UnsafePointer<Int>)

    /// Adds the first `count` counts to 8-bit histograms when no sum passes 255, and says whether it did
    /// (else nothing changes). A count that is negative or past 255 is never added here.
    func addIfRoom(to histograms: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        switch self {
        case .bytes(let counts):
            // a + b passes 255 exactly when a > 255 − b, which is ~b.
            var passes = SIMDMask<SIMD16<Int8>>(repeating: false)
            var i = 0
            while i &+ 16 <= count {
                passes .|= Self.load(histograms + i) .> ~Self.load(counts + i)
                i &+= 16
            }
            // Its lanes' bits as two words: `any(_:)` reduces the sixteen lanes one at a time.
            let words = unsafeBitCast(passes, to: SIMD2<UInt64>.self)
            guard words[0] | words[1] == 0 else { return false }
            for j in i..<count where histograms[j] > ~counts[j] { return false }
            i = 0
            while i &+ 16 <= count {
                Self.store(Self.load(histograms + i) &+ Self.load(counts + i), at: histograms + i)
                i &+= 16
            }
            for j in i..<count { histograms[j] &+= counts[j] }
        case .wide(let counts):
            // Branch-free: the OR of the sums passes 255 exactly when one of them does, the OR of the counts
            // is negative when one of them is.
            var (sums, signs): (UInt64, Int) = (0, 0)
            for i in 0..<count {
                sums |= UInt64(histograms[i]) &+ UInt64(bitPattern: Int64(counts[i]))
                signs |= counts[i]
            }
            guard sums <= UInt64(UInt8.max) && signs >= 0 else { return false }
            for i in 0..<count { histograms[i] &+= UInt8(truncatingIfNeeded: counts[i]) }
        }
        return true
    }

    /// Adds the first `count` counts to 16-bit counts, none of which they may take past `UInt16.max` (the
    /// caller knows: no count passes its cell's responses).
    func add(to wide: UnsafeMutablePointer<UInt16>, count: Int) {
        switch self {
        case .bytes(let counts):
            var i = 0
            while i &+ 16 <= count {
                let sum = Self.load(wide + i) &+ SIMD16<UInt16>(truncatingIfNeeded: Self.load(counts + i))
                Self.store(sum, at: wide + i)
                i &+= 16
            }
            for j in i..<count { wide[j] &+= UInt16(counts[j]) }
        case .wide(let counts):
            for i in 0..<count { wide[i] += UInt16(counts[i]) }
        }
    }

    @inline(__always)
    private static func load<Lane: FixedWidthInteger & SIMDScalar>(_ at: UnsafePointer<Lane>) -> SIMD16<Lane> {
        UnsafeRawPointer(at).loadUnaligned(as: SIMD16<Lane>.self)
    }

    @inline(__always)
    private static func load<Lane: FixedWidthInteger & SIMDScalar>(_ at: UnsafeMutablePointer<Lane>) -> SIMD16<Lane> {
        load(UnsafePointer(at))
    }

    @inline(__always)
    private static func store<Lane: FixedWidthInteger & SIMDScalar>(
        _ lanes: SIMD16<Lane>, at: UnsafeMutablePointer<Lane>
    ) {
        UnsafeMutableRawPointer(at).storeBytes(of: lanes, as: SIMD16<Lane>.self)
    }
}
