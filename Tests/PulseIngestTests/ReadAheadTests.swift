import Foundation
import Testing

@testable import PulseIngest

@Suite("Ingest: read-ahead of the pulse files")
struct ReadAheadTests {
    /// The steps cover a file once, whatever its size, and take each region's first step before any
    /// region's second.
    @Test(arguments: [0, 1, 7, (1 << 20) - 1, 1 << 20, (8 << 20) + 3, 199_000_000])
    func stepsCoverTheFileOnceARegionAtATime(size: Int) {
        let steps = ReadAhead.steps(size: size)
        var covered = 0
        for (offset, count) in steps.sorted(by: { $0.offset < $1.offset }) {
            #expect(offset == covered && count > 0 && count <= ReadAhead.step, "size \(size)")
            covered = offset + count
        }
        #expect(covered == size)
        let firsts = steps.prefix(while: { $0.offset % max(1, (size + 7) / 8) == 0 })
        #expect(firsts.count == min(steps.count, ReadAhead.regions, max(1, size)), "size \(size)")
    }

    /// A file whose pages were dropped from the page cache is brought back into it, without being read; a
    /// named pipe and a missing path before it hold nothing up.
    @Test func aFileLeftOutOfMemoryComesBackIntoIt() throws {
        #if os(Linux)
            let folder = ScratchFolders.next("read-ahead")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let url = folder.appendingPathComponent("pulse.csv")
            try Data(repeating: 0x41, count: 8 << 20).write(to: url)
            let descriptor = open(url.path, O_RDONLY)
            #expect(descriptor >= 0)
            defer { close(descriptor) }
            _ = fsync(descriptor)
            _ = posix_fadvise(descriptor, 0, 0, Int32(POSIX_FADV_DONTNEED))
            let dropped = Self.residentShare(descriptor, size: 8 << 20) < 0.5  // false on a memory file system
            let pipe = folder.appendingPathComponent("pipe.csv")
            #expect(mkfifo(pipe.path, 0o600) == 0)
            ReadAhead.start([pipe, folder.appendingPathComponent("missing.csv"), url])
            var share = 0.0
            for _ in 0..<500 {
                share = Self.residentShare(descriptor, size: 8 << 20)
                if share > 0.99 { break }
                usleep(10_000)
            }
            #expect(share > 0.99, "resident after the hint: \(share) (dropped before: \(dropped))")
        #endif
    }

    #if os(Linux)
        /// The share of a file's pages in the page cache (`mincore` of a mapping, which reads nothing).
        static func residentShare(_ descriptor: Int32, size: Int) -> Double {
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            guard let map = mmap(nil, size, PROT_READ, MAP_SHARED, descriptor, 0), map != MAP_FAILED else { return 0 }
            defer { munmap(map, size) }
            var vector = [UInt8](repeating: 0, count: (size + page - 1) / page)
            guard mincore(map, size, &vector) == 0 else { return 0 }
            return Double(vector.filter { $0 & 1 != 0 }.count) / Double(vector.count)
        }
    #endif
}
