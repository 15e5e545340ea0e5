import Foundation

/// School ids mapped to their index in `Dataset.schools` by their bytes: an open-addressing table
/// hashed with FNV-1a, so the fast path finds a row's school without making or hashing a `String`.
///
///     let table = SchoolIDTable(["S001", "S002"])
///     table.index(of: bytesOf("S002"))   // 1
struct SchoolIDTable: Sendable {
    /// The ids' bytes, one after the other.
    private let bytes: [UInt8]
    /// Per slot: start in `bytes`, length, school index; length −1 for an empty slot.
    private let slots: [Int]
    private let mask: Int

    init(_ ids: [String]) {
        var capacity = 8
        while capacity < 2 * ids.count { capacity *= 2 }
        var bytes: [UInt8] = []
        var slots = [Int](repeating: -1, count: 3 * capacity)
        for (index, id) in ids.enumerated() {
            let utf8 = Array(id.utf8)
            var slot = utf8.withUnsafeBufferPointer { Self.hash($0) } & (capacity - 1)
            var repeated = false
            while slots[3 * slot + 1] >= 0 {
                let start = slots[3 * slot], count = slots[3 * slot + 1]
                if Array(bytes[start..<start + count]) == utf8 {
                    repeated = true
                    break
                }
                slot = (slot + 1) & (capacity - 1)
            }
            if repeated {  // the last one wins, as in the plain path's dictionary built in order
                slots[3 * slot + 2] = index
                continue
            }
            slots[3 * slot] = bytes.count
            slots[3 * slot + 1] = utf8.count
            slots[3 * slot + 2] = index
            bytes += utf8
        }
        self.bytes = bytes
        self.slots = slots
        self.mask = capacity - 1
    }

    /// The index of the school whose id is exactly these bytes, or nil.
    func index(of id: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Self.hash(id) & mask
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { bytes in
                while true {
                    let count = slots[3 * slot + 1]
                    if count < 0 { return nil }
                    if count == id.count {
                        let start = slots[3 * slot]
                        if count == 0 || memcmp(bytes.baseAddress! + start, id.baseAddress!, count) == 0 {
                            return slots[3 * slot + 2]
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
