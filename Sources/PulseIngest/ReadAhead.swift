import Foundation

/// Asks the kernel to bring files into its page cache (`POSIX_FADV_WILLNEED`) on a thread of its own, while
/// the caller reads other files: the pulse files are asked for before the small files are read, so that
/// pages not in memory (a file not read lately, or partly reclaimed by the system) are on their way while
/// the schools are loaded, and the parts that read them do not each stop for the disk.
///
/// A file is read in parts from several places at once (`CanonicalPulseFile`), so it is asked for a step
/// of each of its `regions` in turn rather than from its start to its end.
///
/// Only a hint: nothing waits for it, a path that cannot be opened or is not a regular file is passed over
/// (its reader reports it), and where the call does not exist it does nothing.
///
///     ReadAhead.start(folder.pulseFiles)   // then read schools.csv, ...
enum ReadAhead {
    /// The places a file is asked for from at once.
    static let regions = 8
    /// The bytes asked for from a region at a time.
    static let step = 1 << 20

    static func start(_ urls: [URL]) {
        #if os(Linux)
            guard !urls.isEmpty else { return }
            let paths = urls.map(\.path)
            Thread.detachNewThread {
                for path in paths {
                    // Not blocking: a named pipe called `*.csv` must not hold this thread (its reader reports it).
                    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
                    guard descriptor >= 0 else { continue }
                    var status = stat()
                    if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG {
                        for (offset, count) in steps(size: Int(status.st_size)) {
                            _ = posix_fadvise(descriptor, off_t(offset), off_t(count), Int32(POSIX_FADV_WILLNEED))
                        }
                    }
                    close(descriptor)
                }
            }
        #endif
    }

    /// The ranges a file of `size` bytes is asked for in, in order: the first `step` of each region, then
    /// the second of each, ... Together they cover the file once.
    ///
    ///     ReadAhead.steps(size: 20 << 20)   // (0, 1 MiB), (2.5 MiB, 1 MiB), ... (1 MiB, 1 MiB), ...
    static func steps(size: Int) -> [(offset: Int, count: Int)] {
        let region = max(1, (size + regions - 1) / regions)
        var steps: [(offset: Int, count: Int)] = []
        for offset in stride(from: 0, to: region, by: step) {
            for start in stride(from: 0, to: size, by: region) where start + offset < min(size, start + region) {
                steps.append((start + offset, min(step, min(size, start + region) - start - offset)))
            }
        }
        return steps
    }
}
