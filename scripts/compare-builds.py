#!/usr/bin/env python3
"""Times two or more builds of `pulse stats` on one dataset, interleaved, and prints medians.

A change to the hot path is often worth a few percent, less than the machine's drift from one minute to
the next: running the builds in turn (A B A B ...) lets both see the same drift. Each run's wall time and
CPU time (user + system, from wait4) are recorded; medians are printed, and whether the builds' outputs
were byte-identical.

    scripts/compare-builds.py DATASET RUNS BUILD...
    scripts/compare-builds.py /tmp/pulse-bench-data/single-2000000 21 /tmp/pulse-before .build-perf/release/pulse

Each run is `BUILD stats DATASET --suppression primary --columns core --out FILE` (the harness's job).
Extra arguments for `pulse stats` can be given in PULSE_STATS_ARGS (split on spaces).

PULSE_EVICT_PERCENT=N drops about N% of the 64 KiB blocks of the dataset's pulse files from the page cache
before every run (posix_fadvise DONTNEED, the same blocks for every build of a round): what a system that
reclaims idle file pages does between the harness's rounds. The medians of the runs' voluntary context
switches (waits: for the disk, for another thread) are printed beside the times.
"""
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time


def main() -> int:
    if len(sys.argv) < 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    dataset, runs, builds = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    extra = os.environ.get("PULSE_STATS_ARGS", "--suppression primary --columns core").split()
    evict = float(os.environ.get("PULSE_EVICT_PERCENT", "0"))
    pulse = os.path.join(dataset, "pulse")
    files = sorted(os.path.join(pulse, f) for f in os.listdir(pulse) if f.lower().endswith(".csv"))
    times = {build: [] for build in builds}
    with tempfile.TemporaryDirectory(prefix="pulse-compare-") as scratch:
        outputs = [os.path.join(scratch, f"{k}.csv") for k in range(len(builds))]
        for turn in range(runs):
            for build, output in zip(builds, outputs):
                if evict > 0:
                    drop(files, evict, seed=turn)
                start = time.perf_counter()
                child = subprocess.Popen(
                    [build, "stats", dataset, *extra, "--out", output], stderr=subprocess.DEVNULL)
                _, status, usage = os.wait4(child.pid, 0)
                wall = time.perf_counter() - start
                if status != 0:
                    print(f"{build}: exit status {status}", file=sys.stderr)
                    return 1
                times[build].append((wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_nvcsw))
        contents = [open(output, "rb").read() for output in outputs]
    width = max(len(build) for build in builds)
    for build in builds:
        walls, cpus, waits = zip(*times[build])
        print(f"{build:{width}}  wall {statistics.median(walls):7.1f} ms  cpu {statistics.median(cpus):7.1f} ms"
              f"  waits {statistics.median(waits):5.0f}  (medians of {runs})")
    same = all(content == contents[0] for content in contents)
    print("outputs identical" if same else "OUTPUTS DIFFER")
    return 0 if same else 1


def drop(files, percent, seed):
    """Reads the files whole (into the page cache), then drops about `percent`% of their 64 KiB blocks."""
    block = 64 << 10
    pick = random.Random(seed)
    for path in files:
        with open(path, "rb") as whole:
            while whole.read(1 << 22):
                pass
        descriptor = os.open(path, os.O_RDONLY)
        try:
            for offset in range(0, os.fstat(descriptor).st_size, block):
                if pick.random() * 100 < percent:
                    os.posix_fadvise(descriptor, offset, block, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(descriptor)


if __name__ == "__main__":
    sys.exit(main())
