#!/usr/bin/env bash
# Regenerates Datasets/demo: nine clusters (the Atlanta cluster plans), 42 schools, seven monthly
# pulses (the program is in stage 2). Deterministic: the same command gives the same bytes.
#   scripts/make-demo.sh [PULSE_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
pulse="${1:-}"
if [ -z "$pulse" ]; then
  swift build -c release --product pulse >&2
  pulse="$(swift build -c release --show-bin-path)/pulse"
fi
rm -rf Datasets/demo
"$pulse" generate --schools 42 --months 7 --seed 2026 --out Datasets/demo
