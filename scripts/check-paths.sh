#!/usr/bin/env bash
# Runs `pulse dashboard` and `pulse casestudy` on a dataset whose school and cluster ids are paths, device
# names and markup, into a sandbox folder, and checks that nothing was written outside --out, that no
# temporary file (.tmp) was left behind, and that every file name is made of safe characters.
#
#   scripts/check-paths.sh                          # builds pulse (debug) from a private copy of the checkout
#   PULSE_BIN=/tmp/x/debug/pulse scripts/check-paths.sh   # uses a pulse already built
#
# Work folder: $PULSE_PATHS_DIR (default /tmp/pulse-paths). Exit status 0 when every check passed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${PULSE_PATHS_DIR:-/tmp/pulse-paths}
mkdir -p "$work"
pulse=${PULSE_BIN:-}
if [[ -z $pulse ]]; then
    rm -rf "$work/src" && mkdir -p "$work/src"
    (cd "$root" && tar --exclude='./.build*' --exclude=./.git -cf - .) | tar -xf - -C "$work/src"
    (cd "$work/src" && nice -n 19 swift build --product pulse --scratch-path "$work/build" 2>&1 | tail -1)
    pulse=$work/build/debug/pulse
fi

# The dataset: the platforms fixture with hostile ids.
data=$work/dataset
rm -rf "$data" && cp -r "$root/Tests/Fixtures/platforms/dataset" "$data" && rm -f "$data"/pulse/*
ids=('../escape' 'a/b' 'CON' '..' '/tmp/pulse-paths-absolute' '%2e%2e%2fx' 's<1>' 'Ünï' '.hidden' 'x\y')
{
    echo 'cluster_id,name,chair,vision,mission,signature_program,priorities'
    echo '"../c1",Cluster <b>1</b>,Chair,Vision,Mission,Program,One|Two'
} > "$data/clusters.csv"
{
    echo 'school_id,name,cluster_id,level,staff_count'
    for id in "${ids[@]}"; do echo "\"$id\",School $id,../c1,high,30"; done
} > "$data/schools.csv"
echo 'school_id,stage,activity,due,completed,status,notes' > "$data/milestones.csv"
echo 'raised,school_id,kind,category,summary,level,status,resolved' > "$data/challenges.csv"
for month in 2026-02 2026-03; do
    {
        echo 'response_id,submitted_at,school_id,role,tr1,tr2,co1,co2,gr1,gr2,comment'
        n=0
        for id in "${ids[@]}"; do
            for k in 1 2 3 4 5 6; do
                n=$((n + 1))
                echo "$month-$n,$month-0${k}T08:00:00Z,\"$id\",teacher,$((k % 5 + 1)),3,4,$((n % 5 + 1)),2,5,"
            done
        done
    } > "$data/pulse/$month.csv"
done

sandbox=$work/sandbox
rm -rf "$sandbox" /tmp/pulse-paths-absolute* && mkdir -p "$sandbox/out"
touch "$work/marker" && sleep 1
failures=0
run() {
    local code=0
    (cd "$sandbox/out" && "$pulse" "$@" > "$work/last.log" 2>&1) || code=$?
    if [[ $code -gt 1 ]]; then
        echo "FAIL: pulse $* exited $code: $(tail -3 "$work/last.log")"; failures=$((failures + 1))
    else
        echo "ok: pulse ${*:1:3} … exited $code"
    fi
}
run dashboard "$data" --out "$sandbox/out/dashboard"
for id in "${ids[@]}"; do run casestudy "$data" --school "$id" --out "$sandbox/out/casestudy"; done

# Nothing new outside the sandbox's out folder: in the work folder (which holds the dataset and the
# sandbox), at the absolute id's path, or named after the escaping id next to the work folder or in /tmp.
outside=$( (find "$work" -newer "$work/marker" -type f -not -path "$sandbox/out/*" -not -path "$work/last.log" \
    -not -path "$work/build/*" -not -path "$work/src/*"
    find /tmp "$(dirname "$work")" -maxdepth 2 -newer "$work/marker" \
        \( -name 'escape*' -o -name 'pulse-paths-absolute*' \)
    ) 2>/dev/null | sort -u)
if [[ -n $outside ]]; then echo "FAIL: written outside --out:"; sed -n 1,10p <<< "$outside"; failures=$((failures + 1)); fi
leftovers=$(find "$sandbox/out" -name '*.tmp')
if [[ -n $leftovers ]]; then echo "FAIL: temporary files left:"; echo "$leftovers"; failures=$((failures + 1)); fi
unsafe=$(cd "$sandbox/out" && find . -mindepth 1 | grep -vE '^\./[a-z0-9./_-]+$' || true)
if [[ -n $unsafe ]]; then echo "FAIL: unsafe file names:"; sed -n 1,10p <<< "$unsafe"; failures=$((failures + 1)); fi
echo "$(find "$sandbox/out" -type f | wc -l) files written under $sandbox/out; $failures failure(s)"
exit $((failures > 0))
