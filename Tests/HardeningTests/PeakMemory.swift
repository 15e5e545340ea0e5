import Foundation

/// The process's peak resident memory (`VmHWM` of /proc/self/status), to check that reading a huge
/// input did not make it grow with the input. Other tests run in the same process, so a delta is an
/// upper bound on what the measured code used.
///
///     let before = PeakMemory.megabytes()
///     readHugeFile()
///     #expect(PeakMemory.megabytes() - before < 100)
enum PeakMemory {
    static func megabytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true)[1])
        else { return 0 }
        return kilobytes / 1024
    }
}

/// Writes a large file quickly from repeated pieces, without holding it: `repeating` is written `count`
/// times between `prefix` and `suffix`, in 1 MiB writes.
///
///     try LargeFile.write(url, prefix: header, repeating: Array("x".utf8), count: 100 << 20, suffix: [10])
enum LargeFile {
    static func write(_ url: URL, prefix: [UInt8], repeating piece: [UInt8], count: Int, suffix: [UInt8]) throws {
        try Data(prefix).write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        let perWrite = max(1, (1 << 20) / piece.count)
        let block = Data(Array([[UInt8]](repeating: piece, count: perWrite).joined()))
        var left = count
        while left >= perWrite {
            try handle.write(contentsOf: block)
            left -= perWrite
        }
        try handle.write(contentsOf: Data(Array([[UInt8]](repeating: piece, count: left).joined())))
        try handle.write(contentsOf: Data(suffix))
    }
}
