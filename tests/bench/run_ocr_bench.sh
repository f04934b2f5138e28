#!/usr/bin/env bash
# OCR benchmark: twindex against the tesseract command-line tool on the same scanned pages (the
# scan pages of sample-docs/scans, listed in tests/data/scan-src/manifest.tsv), side by side:
# pages/s and mean character error rate (CER) of
#   - twindex ingest (--jobs = cores, fresh OCR cache: every page OCR'd),
#   - tesseract CLI page by page on the same 300-dpi images with -l pol+bel+lit+rus,
#   - tesseract CLI page by page with each page's correct single language,
#   - the two CLI runs again with OMP_THREAD_LIMIT=1 (the CLI's OpenMP threads are its default);
# and, for page-level parallelism, one long scanned PDF (every scan page in one file) ingested
# with --jobs 1 and --jobs = cores.
#   tests/bench/run_ocr_bench.sh [BUILD_DIR]      (default: build)
# Needs: tesseract-ocr (+ pol, bel, lit, rus data), poppler-utils, imagemagick.
set -euo pipefail
export LC_ALL=C.UTF-8
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
twindex=$build/twindex ocr_eval=$build/tests/eval/ocr_eval
src=$root/tests/data/scan-src scans=$root/sample-docs/scans
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A lang3=([pl]=pol [be]=bel [lt]=lit [ru]=rus)

# The page images, exactly as twindex sees them: PDF pages rendered at 300 dpi in gray, TIFF
# pages split, PNG and JPEG as they are.
mkdir -p "$work/pages" "$work/scans"
n=0
while IFS=$'\t' read -r file page source lang rotation note; do
  [[ $note == *scan* ]] || continue
  n=$((n + 1))
  img=$work/pages/$n.png
  case $file in
    *.pdf) pdftoppm -r 300 -gray -png -f "$page" -l "$page" -singlefile "$scans/$file" "${img%.png}" ;;
    *.tiff) convert "$scans/$file[$((page - 1))]" -colorspace Gray "$img" ;;
    *) convert "$scans/$file" -colorspace Gray "$img" ;;
  esac
  printf '%s\t%s\t%s\n' "$img" "$src/$source" "$lang" >>"$work/pages.tsv"
  cp -n "$scans/$file" "$work/scans/" 2>/dev/null || true
done < <(tail -n +2 "$src/manifest.tsv")

cli() {  # cli LABEL LANGS-OR-"single" [ENV...]: prints seconds and mean CER
  local start end sum=0 cer
  start=$(date +%s.%N)
  while IFS=$'\t' read -r img truth lang; do
    local l=$2
    [[ $l == single ]] && l=${lang3[$lang]}
    env "${@:3}" tesseract "$img" "$work/out" -l "$l" >/dev/null 2>&1
    cer=$("$ocr_eval" --cer "$truth" "$work/out.txt")
    sum=$(echo "$sum + $cer" | bc -l)
  done <"$work/pages.tsv"
  end=$(date +%s.%N)
  printf '%-44s %6d %8.2f %8.2f %8.2f\n' "$1" "$n" "$(echo "$end - $start" | bc -l)" \
    "$(echo "$n / ($end - $start)" | bc -l)" "$(echo "100 * $sum / $n" | bc -l)"
}

printf '%-44s %6s %8s %8s %8s\n' "" "pages" "seconds" "pages/s" "CER %"
start=$(date +%s.%N)
"$twindex" -q ingest "$work/scans" --index "$work/index" --ocr-cache "$work/cache" >/dev/null
end=$(date +%s.%N)
twindex_cer=$(OMP_THREAD_LIMIT=1 "$ocr_eval" "$root" | sed -n 's/.*mean CER \([0-9.]*\)%.*/\1/p')
printf '%-44s %6d %8.2f %8.2f %8.2f\n' "twindex ingest (--jobs $(nproc))" "$n" \
  "$(echo "$end - $start" | bc -l)" "$(echo "$n / ($end - $start)" | bc -l)" "$twindex_cer"
cli "tesseract CLI, -l pol+bel+lit+rus" pol+bel+lit+rus
cli "tesseract CLI, the page's own language" single
cli "tesseract CLI, 4 languages, OMP_THREAD_LIMIT=1" pol+bel+lit+rus OMP_THREAD_LIMIT=1
cli "tesseract CLI, own language, OMP_THREAD_LIMIT=1" single OMP_THREAD_LIMIT=1

# One long scan: all scan pages in one PDF (PNG pages packed by img2pdf).
mkdir -p "$work/long"
mapfile -t imgs < <(cut -f1 "$work/pages.tsv")
img2pdf "${imgs[@]}" -o "$work/long/long-scan.pdf"
for jobs in 1 "$(nproc)"; do
  rm -rf "$work/long-index" "$work/long-cache"
  start=$(date +%s.%N)
  "$twindex" -q ingest "$work/long" --index "$work/long-index" --ocr-cache "$work/long-cache" \
    --jobs "$jobs" >/dev/null
  end=$(date +%s.%N)
  printf '%-44s %6d %8.2f %8.2f %8s\n' "twindex, one ${n}-page scan, --jobs $jobs" "$n" \
    "$(echo "$end - $start" | bc -l)" "$(echo "$n / ($end - $start)" | bc -l)" "-"
done
