#!/usr/bin/env bash
# Regenerates Reports/gallery from Datasets/demo: the dashboard's index, one cluster page and one school page
# (HTML, committed; CI runs this script and then `git diff --exit-code Reports/gallery`, so the pages must
# not change unless the code does). With --screenshots it also renders the two PNGs the README shows
# (index and cluster page at 1280 px); PNGs vary by machine, so they are only rewritten on request.
# Usage: scripts/gallery.sh [PULSE_BINARY] [--screenshots]
set -euo pipefail
cd "$(dirname "$0")/.."
export SWIFT_BACKTRACE=enable=no
pulse=""
screenshots=0
for argument in "$@"; do
    case "$argument" in
        --screenshots) screenshots=1 ;;
        *) pulse="$argument" ;;
    esac
done
if [ -z "$pulse" ]; then
    swift build --product pulse >/dev/null
    pulse="$(swift build --show-bin-path)/pulse"
fi

cluster=carver   # the slug of the first cluster of Datasets/demo
school=s001      # the slug of its high school
gallery=Reports/gallery
work=$(mktemp -d /tmp/pulse-gallery.XXXXXX)
trap 'rm -rf "$work"' EXIT

"$pulse" dashboard Datasets/demo --out "$work" 2>/dev/null
rm -rf "$gallery/index.html" "$gallery/clusters" "$gallery/schools"
mkdir -p "$gallery/clusters" "$gallery/schools"
cp "$work/index.html" "$gallery/index.html"
cp "$work/clusters/$cluster.html" "$gallery/clusters/$cluster.html"
cp "$work/schools/$school.html" "$gallery/schools/$school.html"

if [ "$screenshots" = 1 ]; then
    browser=$(command -v chromium || command -v chromium-browser)
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$gallery/dashboard-index.png" \
        --window-size=1280,1500 "$gallery/index.html" >/dev/null 2>&1
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --screenshot="$gallery/dashboard-cluster.png" --window-size=1280,1500 "$gallery/clusters/$cluster.html" \
        >/dev/null 2>&1
fi
echo "gallery: $gallery (index, clusters/$cluster.html, schools/$school.html)"
