import Foundation

/// School ids mapped to their index in `Dataset.schools` by their bytes: an open-addressing table, so the
/// fast path finds a row's school without making or hashing a `String`.
///
/// A slot keeps an id's first 8 bytes packed in a `UInt64` (its `head`) and its length, so the common
/// short id (`S0042`) is found by comparing two integers; the bytes after the eighth, if any, are compared
/// with `memcmp`.
///
///     let table = SchoolIDTable(["S001", "S002"])
///     table.index(of: bytesOf("S002"))   // 1
struct SchoolIDTable: Sendable {
    /// 16 bytes, so that the table of a few thousand schools stays in the core's cache.
    private struct Slot {
        /// The id's first 8 bytes, little-endian, zero-padded.
        var head: UInt64 = 0
        /// −1 for an empty slot.
        var count: Int32 = -1
        /// The school's index.
        var index: Int32 = 0
    }

    /// The ids' bytes, one after the other.
    private let bytes: [UInt8]
    /// Per school index: where its id starts in `bytes`.
    private let starts: [Int]
    private let slots: [Slot]
    private let mask: Int

    init(_ ids: [String]) {
        var capacity = 8
        while capacity < 2 * ids.count { capacity *= 2 }
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var slots = [Slot](repeating: Slot(), count: capacity)
        for (index, id) in ids.enumerated() {
            let utf8 = Array(id.utf8)
            starts.append(bytes.count)
            bytes += utf8
            let (head, hash) = utf8.withUnsafeBufferPointer { Self.headAndHash($0) }
            var slot = hash & (capacity - 1)
            while slots[slot].count >= 0 {
                let start = starts[Int(slots[slot].index)], count = Int(slots[slot].count)
                if Array(bytes[start..<start + count]) == utf8 { break }
                slot = (slot + 1) & (capacity - 1)
            }
            // A repeated id takes the slot over: the last one wins, as in the plain path's dictionary.
            slots[slot] = Slot(head: head, count: Int32(utf8.count), index: Int32(index))
        }
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
        self.mask = capacity - 1
    }

    /// The index of the school whose id is exactly these bytes, or nil.
    func index(of id: UnsafeBufferPointer<UInt8>) -> Int? {
        let (head, hash) = Self.headAndHash(id)
        let count = id.count
        var slot = hash & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let candidate = slots[slot]
                if candidate.count < 0 { return nil }
                if candidate.head == head && Int(candidate.count) == count {
                    let index = Int(candidate.index)
                    if count <= 8 { return index }
                    let same = bytes.withUnsafeBufferPointer {
                        memcmp($0.baseAddress! + starts[index] + 8, id.baseAddress! + 8, count - 8) == 0
                    }
                    if same { return index }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// An id's first 8 bytes packed (`KeyField.head`), and its hash (every byte and the length mixed in).
    @inline(__always)
    private static func headAndHash(_ id: UnsafeBufferPointer<UInt8>) -> (UInt64, Int) {
        let head = KeyField.head(id)
        var hash = UInt64(id.count)
        for byte in id.dropFirst(8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ head) &* 0x9E37_79B9_7F4A_7C15
        return (head, Int(truncatingIfNeeded: hash >> 32))
    }
}
