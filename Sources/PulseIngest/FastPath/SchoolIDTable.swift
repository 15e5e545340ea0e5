import Foundation
import PulseModel

/// The plain school ids (`KeyField.isPlain`) mapped to their index in `Dataset.schools` by their bytes: an
/// open-addressing table, so the fast path finds a row's school without making or hashing a `String`.
/// An id that is not plain is left out: the fast path declines a field that is not plain, so finding only
/// plain ids is the field's check and its look-up in one.
///
/// A slot keeps an id's first 8 bytes packed in a `UInt64` (its `KeyField.Words.head`) and its length, so
/// the common short id (`S0042`) is found by comparing two integers; the bytes after the eighth, if any,
/// are compared with `memcmp`.
///
///     let table = SchoolIDTable(["S001", "S002", " S003"])
///     table.index(of: bytesOf("S002"), words: KeyField.Words(bytesOf("S002")))   // 1
///     table.index(of: bytesOf(" S003"), words: KeyField.Words(bytesOf(" S003")))   // nil: not plain
struct SchoolIDTable: Sendable {
    /// 16 bytes, so that the table of a few thousand schools (256 KiB for 4,000) stays in the core's cache.
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
        // At most a quarter full while that takes 256 KiB or less: sequential ids (`S0001`…) cluster under
        // this hash, and at half full the 1,000 schools of the benchmark took 2.4 probes a look-up, each
        // further probe a branch the core mispredicts; a quarter full, about 1.1 (4,000 schools: 1.24 and
        // 1.06). A larger program's table (which leaves the core's cache either way) is at most half full,
        // so that it takes no more memory than it needs (40,000 schools: 2 MiB, 1.18 probes).
        while capacity < 2 * ids.count || (capacity < 4 * ids.count && capacity < Self.quarterFullUpTo) {
            capacity *= 2
        }
        var bytes: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(ids.count)
        var slots = [Slot](repeating: Slot(), count: capacity)
        for (index, id) in ids.enumerated() {
            var id = id
            id.withUTF8 { utf8 in  // a native string's own bytes: no array per id
                starts.append(bytes.count)
                bytes.append(contentsOf: utf8)
                let words = KeyField.Words(utf8)
                guard KeyField.isPlain(utf8, words) else { return }
                var slot = Self.hash(utf8, words) & (capacity - 1)
                while slots[slot].count >= 0 {
                    let start = starts[Int(slots[slot].index)], count = Int(slots[slot].count)
                    if bytes[start..<start + count].elementsEqual(utf8) { break }
                    slot = (slot + 1) & (capacity - 1)
                }
                // A repeated id takes the slot over: the last one wins, as in the plain path's dictionary.
                slots[slot] = Slot(head: words.head, count: Int32(utf8.count), index: Int32(index))
            }
        }
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
        self.mask = capacity - 1
    }

    /// The slots: at least four per id up to `quarterFullUpTo`, two beyond.
    var capacity: Int { mask + 1 }

    /// The most slots a table that is a quarter full has (256 KiB).
    static let quarterFullUpTo = 1 << 14

    /// The index of the school whose id is exactly these bytes (with these `words`), or nil: nil too for
    /// bytes that are not plain.
    @inline(__always)
    func index(of id: UnsafeBufferPointer<UInt8>, words: KeyField.Words) -> Int? {
        var slot = Self.hash(id, words) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let candidate = slots[slot]
                if candidate.count < 0 { return nil }
                if candidate.head == words.head && Int(candidate.count) == words.count {
                    let index = Int(candidate.index)
                    if words.count <= 8 || endsAlike(index, id) { return index }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Asks for the slot where `index(of:words:)` of these bytes starts its search (`CacheLines`): for a
    /// row still to come, so that the slot has arrived when that row looks its school up.
    @inline(__always)
    func prefetchSlot(of id: UnsafeBufferPointer<UInt8>, words: KeyField.Words) {
        let slot = Self.hash(id, words) & mask
        slots.withUnsafeBufferPointer {
            CacheLines.prefetch($0.baseAddress! + slot, bytes: MemoryLayout<Slot>.stride)
        }
    }

    /// Whether the id of school `index` has the bytes of `id` after the eighth (their lengths are the same).
    private func endsAlike(_ index: Int, _ id: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer {
            memcmp($0.baseAddress! + starts[index] + 8, id.baseAddress! + 8, id.count - 8) == 0
        }
    }

    /// An id's hash: every byte and the length mixed in (the bytes of a long id between its head and tail
    /// one at a time).
    @inline(__always)
    private static func hash(_ id: UnsafeBufferPointer<UInt8>, _ words: KeyField.Words) -> Int {
        var hash = UInt64(truncatingIfNeeded: words.count)
        if words.count > 16 {
            for byte in id[8..<words.count - 8] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        hash = (hash ^ words.tail) &* 0x9E37_79B9_7F4A_7C15
        hash = (hash ^ words.head) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: hash >> 32)
    }
}
