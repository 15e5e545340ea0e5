#!/usr/bin/env bash
# Measures `pulse check` on hostile sizes under /usr/bin/time -v: peak RSS and time for a dataset whose
# pulse file is (1) a 100 MB field, (2) a header of a million columns, (3) 64 MB of nothing but quotes,
# (4) a 2 GiB unterminated quote (a sparse file, read at memory speed), against (0) the same dataset
# with a normal pulse file. Memory must not grow with the input; the numbers are printed as a table.
#
#   scripts/check-limits.sh                               # builds pulse (debug) from a private copy
#   PULSE_BIN=/tmp/x/release/pulse scripts/check-limits.sh  # uses a pulse already built
#
# Work folder: $PULSE_LIMITS_DIR (default /tmp/pulse-limits); the generated files are deleted at the end.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${PULSE_LIMITS_DIR:-/tmp/pulse-limits}
mkdir -p "$work"
pulse=${PULSE_BIN:-}
if [[ -z $pulse ]]; then
    rm -rf "$work/src" && mkdir -p "$work/src"
    (cd "$root" && tar --exclude='./.build*' --exclude=./.git -cf - .) | tar -xf - -C "$work/src"
    (cd "$work/src" && nice -n 19 swift build --product pulse --scratch-path "$work/build" 2>&1 | tail -1)
    pulse=$work/build/debug/pulse
fi

data=$work/dataset
header='response_id,submitted_at,school_id,role,tr1,tr2,co1,co2,gr1,gr2,comment'
row='ok1,2026-03-02,n1,teacher,4,4,4,4,4,4,fine'
measure() {
    local name=$1 size
    size=$(du -h --apparent-size "$data/pulse/input.csv" | cut -f1)
    local code=0
    /usr/bin/time -v -o "$work/time.txt" nice -n 19 "$pulse" check "$data" > "$work/$name.out" 2>&1 || code=$?
    local rss seconds
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$work/time.txt")
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
    printf '%-28s %8s %10s MB %10s  exit %s  %s\n' "$name" "$size" "$rss" "$seconds" "$code" \
        "$(grep -m1 -E 'error' "$work/$name.out" | cut -c1-110)"
}
fresh() {
    rm -rf "$data" && cp -r "$root/Tests/Fixtures/platforms/dataset" "$data" && rm -f "$data"/pulse/*
}

printf '%-28s %8s %13s %10s\n' input size "peak RSS" time
fresh
{ echo "$header"; echo "$row"; } > "$data/pulse/input.csv"
measure baseline
fresh
{ echo "$header"; printf 'big1,2026-03-01,n1,teacher,4,4,4,4,4,4,'; head -c $((100 << 20)) /dev/zero | tr '\0' x
  echo; echo "$row"; } > "$data/pulse/input.csv"
measure "100 MB field"
fresh
{ printf '%s' "$header"; seq 0 999999 | sed 's/^/,x/' | tr -d '\n'; echo; echo "$row"; } > "$data/pulse/input.csv"
measure "million-column header"
fresh
head -c $((64 << 20)) /dev/zero | tr '\0' '"' > "$data/pulse/input.csv"
measure "64 MB of quotes"
fresh
{ echo "$header"; echo "$row"; printf 'bad,2026-03-01,n1,teacher,4,4,4,4,4,4,"'; } > "$data/pulse/input.csv"
truncate -s +2G "$data/pulse/input.csv"
measure "2 GiB unterminated quote"
rm -rf "$data"
