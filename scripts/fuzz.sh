#!/usr/bin/env bash
# Builds and runs one libFuzzer target of scripts/fuzz/ at low priority. The invariants a target checks
# live in Tests/HardeningTests/Invariants/, shared with the tests that replay the regression inputs.
#
#   scripts/fuzz.sh csv|dataset|platform SECONDS [extra libFuzzer arguments...]
#   scripts/fuzz.sh csv build          # build only (prints the binary's path)
#
# The library sources the target exercises (CSV, PulseModel, PulseIngest) are copied from the checkout
# and compiled with the target under -sanitize=fuzzer,address into $PULSE_FUZZ_DIR (default
# /tmp/pulse-fuzz). The corpus lives in $PULSE_FUZZ_DIR/TARGET/corpus, seeded on first use from the
# committed CSV fixtures and the demo dataset (cut to 16 KiB); crashes go to
# $PULSE_FUZZ_DIR/TARGET/artifacts/, the log to $PULSE_FUZZ_DIR/TARGET/fuzz.log. An input that found
# a bug belongs in Tests/Fixtures/fuzz-regressions/TARGET/ (HardeningTests replays every one of them).
# The dataset and platform targets write each input into a pulse-scratch-* folder of the temporary folder:
# removing it while a run lasts makes the next input fail ("tallies differ"); replay an artifact to be sure.
set -euo pipefail

target=${1:?usage: scripts/fuzz.sh csv|dataset|platform SECONDS|build [libFuzzer args...]}
seconds=${2:?usage: scripts/fuzz.sh csv|dataset|platform SECONDS|build [libFuzzer args...]}
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
work=${PULSE_FUZZ_DIR:-/tmp/pulse-fuzz}
build=$work/build
mkdir -p "$build"

case $target in
csv) source=CSVReaderFuzz.swift; support=() ;;
dataset) source=DatasetFolderFuzz.swift; support=(FuzzScratch.swift) ;;
platform) source=PlatformExportFuzz.swift; support=(FuzzScratch.swift) ;;
*) echo "unknown fuzz target '$target' (csv, dataset or platform)" >&2; exit 2 ;;
esac

flags=(-swift-version 6 -enable-upcoming-feature ExistentialAny -O -g -parse-as-library
    -sanitize=fuzzer,address -enable-testing)

# One module at a time, from a private copy of its sources (other people may be editing the checkout).
build_module() {
    local module=$1
    local sources=$build/src/$module
    rm -rf "$sources" && mkdir -p "$sources"
    (cd "$root/Sources/$module" && find . -name '*.swift' -print0 | xargs -0 -I{} cp --parents {} "$sources/")
    find "$sources" -name '*.swift' -print0 | xargs -0 nice -n 19 swiftc "${flags[@]}" -wmo -module-name "$module" \
        -I "$build" -emit-module -emit-module-path "$build/$module.swiftmodule" -c -o "$build/$module.o"
}

# The modules are shared by the targets: build them once per run of `fuzz.sh TARGET build`, under a lock.
exec 9>"$build/.lock"
flock 9
if [[ $seconds == build || ! -f $build/PulseIngest.o ]]; then
    for module in CSV PulseModel PulseIngest; do build_module "$module"; done
fi
binary=$build/fuzz-$target
(cd "$root/scripts/fuzz" && nice -n 19 swiftc "${flags[@]}" -I "$build" -module-name "Fuzz_$target" \
    "$source" "${support[@]}" "$root"/Tests/HardeningTests/Invariants/*.swift \
    "$build"/CSV.o "$build"/PulseModel.o "$build"/PulseIngest.o -o "$binary") 2> >(grep -v '__asan_' >&2)
flock -u 9
if [[ $seconds == build ]]; then echo "$binary"; exit 0; fi

run=$work/$target
mkdir -p "$run/corpus" "$run/artifacts"
if [[ -z $(ls -A "$run/corpus") ]]; then
    seed() { head -c 16384 "$1" > "$run/corpus/seed-$(echo "$1" | tr '/' '_')"; }
    case $target in
    csv)
        for f in "$root"/Tests/Fixtures/*/*.csv "$root"/Tests/Fixtures/*/*/*.csv "$root"/Tests/Fixtures/*/*/*/*.csv \
            "$root"/Datasets/demo/*.csv; do [[ -f $f ]] && seed "$f"; done ;;
    dataset | platform)
        for f in "$root"/Tests/Fixtures/platforms/exports/*.csv "$root"/Tests/Fixtures/*/dataset/pulse/*.csv \
            "$root"/Datasets/demo/pulse/2026-02.csv; do [[ -f $f ]] && seed "$f"; done
        if [[ $target == dataset ]]; then
            fixture=$root/Tests/Fixtures/platforms/dataset
            { head -c 4096 "$fixture/pulse/2026-03.csv"; printf '\n----\n'; cat "$fixture/schools.csv"
              printf '\n----\n'; cat "$fixture/instrument.csv"; } > "$run/corpus/seed-with-schools-and-instrument"
        fi ;;
    esac
    if [[ -d $root/Tests/Fixtures/fuzz-regressions/$target ]]; then
        cp "$root"/Tests/Fixtures/fuzz-regressions/"$target"/* "$run/corpus/" 2>/dev/null || true
    fi
fi

echo "fuzzing $target for $seconds s: corpus $run/corpus, crashes $run/artifacts, log $run/fuzz.log" >&2
export SWIFT_BACKTRACE=enable=no
export PULSE_FUZZ_DATASET=$root/Tests/Fixtures/platforms/dataset
nice -n 19 "$binary" -max_total_time="$seconds" -max_len=20000 -timeout=30 -rss_limit_mb=3000 \
    -print_final_stats=1 -artifact_prefix="$run/artifacts/" "$@" "$run/corpus" 2>&1 | tee -a "$run/fuzz.log"
