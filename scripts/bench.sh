#!/usr/bin/env bash
# Runs the shared peer benchmark (DuckDB, Polars, pandas) against a release build of `pulse stats`
# and prints its tables. Quote ratios from one run: the machine is shared and noisy.
#
#   scripts/bench.sh                                  # 2M responses, single file and 12 monthly files
#   BENCH_ROWS=200000 BENCH_RUNS=5 scripts/bench.sh   # any run.sh variable passes through
#   PULSE_BENCH_DIR=/path/to/shared/bench scripts/bench.sh
#   PULSE_COLUMNS=all scripts/bench.sh                # the full 45-column table instead of the contract's 9
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bench="${PULSE_BENCH_DIR:-$repo/../shared/bench}"
[ -f "$bench/run.sh" ] || { echo "bench.sh: no run.sh in $bench (set PULSE_BENCH_DIR)" >&2; exit 2; }
scratch="${PULSE_BUILD_DIR:-$repo/.build-perf}"
# The self-contained build the README recommends for handing pulse out (runtime linked in, quicker start).
swift build -c release --static-swift-stdlib --package-path "$repo" --scratch-path "$scratch" >&2
# The peers compute the contract's nine columns with primary suppression only (no complementary
# suppression, no changes, trends or signals): pulse is asked for the same job. PULSE_COLUMNS=all times
# the whole table (changes, trends, signals; its output is larger than its input).
columns="${PULSE_COLUMNS:-core}"
PULSE_CMD="$scratch/release/pulse stats --suppression primary --columns $columns" exec bash "$bench/run.sh"
