#!/usr/bin/env bash
# Checks that briefing packs print to the pages their layout promises (4 fixed pages + one per school) on
# A4 and Letter through headless Chromium, that the PDF from `pulse brief --pdf` matches, and that every
# case-study SVG is well-formed XML. Installs chromium, poppler-utils and libxml2-utils with apt-get when
# missing. Usage: scripts/check-brief.sh [PULSE_BINARY]   (default: builds and uses the debug binary)
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v pdfinfo >/dev/null || need+=(poppler-utils)
command -v xmllint >/dev/null || need+=(libxml2-utils)
if ((${#need[@]})); then
    echo "installing ${need[*]}"
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

pulse="${1:-}"
if [ -z "$pulse" ]; then
    swift build --product pulse >/dev/null
    pulse="$(swift build --show-bin-path)/pulse"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dataset=Datasets/demo
failed=0

# Clusters and their school counts from the dataset's own files (cluster_id is the 3rd column of schools.csv).
# The first of a list is taken by parameter expansion or by a reader that reads to the end (awk, sed), never
# by `head`: under pipefail a writer cut off by head's early exit fails the script with SIGPIPE (141).
clusters=$(tail -n +2 "$dataset/clusters.csv" | cut -d, -f1)
first=${clusters%%$'\n'*}
for cluster in $clusters; do
    schools=$(tail -n +2 "$dataset/schools.csv" | awk -F, -v c="$cluster" '$3 == c' | wc -l)
    expected=$((4 + schools))
    papers=a4
    [ "$cluster" = "$first" ] && papers="a4 letter"  # Letter once: Chromium is slow
    for paper in $papers; do
        html="$work/brief-$cluster-$paper.html"
        "$pulse" brief "$dataset" --cluster "$cluster" --paper "$paper" --out "$html" 2>/dev/null
        chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
            --print-to-pdf="$work/$cluster-$paper.pdf" "$html" >/dev/null 2>&1
        pages=$(pdfinfo "$work/$cluster-$paper.pdf" | awk '/^Pages:/ {print $2}')
        if [ "$pages" != "$expected" ]; then
            echo "FAIL brief $cluster ($paper): $pages pages, the layout promises $expected (4 + $schools schools)"
            failed=1
        else
            echo "ok   brief $cluster ($paper): $pages pages"
        fi
    done
done

# The --pdf path of the command itself, on the first cluster.
"$pulse" brief "$dataset" --cluster "$first" --out "$work/pdf/brief.html" --pdf 2>/dev/null
schools=$(tail -n +2 "$dataset/schools.csv" | awk -F, -v c="$first" '$3 == c' | wc -l)
pages=$(pdfinfo "$work/pdf/brief.pdf" | awk '/^Pages:/ {print $2}')
if [ "$pages" != "$((4 + schools))" ]; then
    echo "FAIL pulse brief --pdf: $pages pages, expected $((4 + schools))"
    failed=1
else
    echo "ok   pulse brief --pdf: $pages pages"
fi

# Every case-study SVG of the first school parses as XML.
school=$(awk -F, 'NR == 2 { print $1 }' "$dataset/schools.csv")
"$pulse" casestudy "$dataset" --school "$school" --out "$work/casestudy" 2>/dev/null
for svg in "$work"/casestudy/*.svg; do
    xmllint --noout "$svg" || { echo "FAIL $svg is not well-formed"; failed=1; }
done
echo "ok   casestudy $school: $(ls "$work"/casestudy/*.svg | wc -l) SVG files checked with xmllint"

exit $failed
