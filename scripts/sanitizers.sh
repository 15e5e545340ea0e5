#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer and ThreadSanitizer (the parallel fold and the fast path run
# on several threads), at low priority, from a private copy of the checkout.
#
#   scripts/sanitizers.sh                 # both sanitizers, every test but the huge-input limits
#   scripts/sanitizers.sh thread Fold     # one sanitizer, tests matching a filter
#
# Each sanitizer builds into its own scratch path under $PULSE_SANITIZER_DIR (default /tmp/pulse-sanitizers);
# logs go to $PULSE_SANITIZER_DIR/SANITIZER.log. The limits tests (LimitsTests: gigabyte inputs) are
# skipped: under a sanitizer they take many minutes and test memory bounds, not memory safety.
# Exit status: 0 when every run passed.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${PULSE_SANITIZER_DIR:-/tmp/pulse-sanitizers}
sanitizers=${1:-address thread}
filter=${2:-}
mkdir -p "$work"
rm -rf "$work/src" && mkdir -p "$work/src"
(cd "$root" && tar --exclude='./.build*' --exclude=./.git -cf - .) | tar -xf - -C "$work/src"

# Shared state is guarded by NSLock (pthread), atomics or per-thread slots, all of which ThreadSanitizer
# models: nothing is suppressed. (It does not model Synchronization.Mutex's futex, and reported every
# access inside one as a race: do not bring Mutex back without a reproducer of that.)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=0:second_deadlock_stack=1}
export SWIFT_BACKTRACE=enable=no
status=0
for sanitizer in $sanitizers; do
    log=$work/$sanitizer.log
    echo "== swift test --sanitize=$sanitizer (log: $log)" >&2
    args=(--sanitize="$sanitizer" --scratch-path "$work/build-$sanitizer" --skip LimitsTests)
    [[ -n $filter ]] && args+=(--filter "$filter")
    # ThreadSanitizer's build cannot take the prefetch intrinsic (see CacheLines.prefetch): a hint only.
    [[ $sanitizer == thread ]] && args+=(-Xswiftc -DPULSE_NO_PREFETCH)
    start=$(date +%s)
    (cd "$work/src" && nice -n 19 swift test "${args[@]}") > "$log" 2>&1
    result=$?
    [[ $result -ne 0 ]] && status=1
    summary=$(grep -E "Test run with|Executed [0-9]+ tests" "$log" | tail -2 | tr '\n' ' ')
    reports=$(grep -cE "ERROR: (AddressSanitizer|ThreadSanitizer)|WARNING: ThreadSanitizer" "$log")
    echo "== $sanitizer: exit $result in $(( $(date +%s) - start )) s; sanitizer reports: $reports; $summary" >&2
    grep -E "^SUMMARY: (Address|Thread)Sanitizer" "$log" | sort | uniq -c | sed 's/^/   /' >&2
done
exit $status
