#!/usr/bin/env bash
# Regenerates Tests/Fixtures/oracle/: a small dataset made by shared/bench/gen_dataset.py and the
# `pulse stats` figures the benchmark oracle (shared/bench/reference_stats.py) computes for it.
# The pandas and DuckDB engines both run and must agree (compare_stats.py, 1e-9 relative); the pandas
# output is committed as expected_stats.csv. Tests/PulseStatsTests/Analysis/OracleTests.swift compares
# the Swift analysis (primary suppression only, as the oracle does) with it.
#
#   bash scripts/reference/stats_oracle_fixture.sh      # PULSE_SHARED=path/to/shared, ORACLE_VENV=dir
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${PULSE_SHARED:-$ROOT/../shared}
VENV=${ORACLE_VENV:-/tmp/pulse-oracle-venv}
OUT=$ROOT/Tests/Fixtures/oracle
BENCH=$SHARED/bench

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    # The pinned peers of shared/bench/requirements.txt, less Polars (not needed here).
    grep -E '^(numpy|pandas|pyarrow|duckdb|python-dateutil|tzdata)==' "$BENCH/requirements.txt" >"$VENV/oracle-requirements.txt"
    "$VENV/bin/pip" install -q -r "$VENV/oracle-requirements.txt"
fi
PY=$VENV/bin/python
export PYTHONDONTWRITEBYTECODE=1

rm -rf "$OUT"
mkdir -p "$OUT"
"$PY" "$BENCH/gen_dataset.py" --schools 12 --months 3 --responses-per-school-month 20 --seed 7 --out "$OUT/dataset"
"$PY" "$BENCH/reference_stats.py" "$OUT/dataset" --engine pandas --out "$OUT/expected_stats.csv"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
"$PY" "$BENCH/reference_stats.py" "$OUT/dataset" --engine duckdb --threads 1 --out "$TMP/duckdb.csv"
"$PY" "$BENCH/compare_stats.py" "$OUT/expected_stats.csv" "$TMP/duckdb.csv"
du -sh "$OUT"
