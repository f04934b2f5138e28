#!/usr/bin/env bash
# Regenerates the OCR sample scans in sample-docs/scans/ from the ground-truth page texts in
# tests/data/scan-src/ (listed page by page in its manifest.tsv). The output is deterministic:
# two runs with the same tools give byte-identical files.
#
# What it makes (the manifest decides files, pages, sources and rotations):
#   *-scan.pdf    image-only PDF, one grey JPEG (quality 80, 300 dpi) per page, made with img2pdf
#   *-scan.tiff   multi-page greyscale TIFF, Deflate (Zip) compression, 300 dpi
#   *-scan.png    single greyscale PNG page, 300 dpi (pHYs chunk, no other ancillary chunks)
#   *-scan.jpg    single greyscale JPEG page, quality 85, 300 dpi (JFIF density)
#   *-mixed.pdf   PDF whose "text" pages keep mkpdf's real text layer and whose "scan" pages are
#                 JPEG images (merged with qpdf)
#
# How a page is made: its source text is laid out with mkpdf (A4, DejaVu, per-document font and
# size below), rasterised with pdftoppm at 300 dpi in grey, then "scanned" with ImageMagick, with
# a fixed seed per page: a slight skew (0.3 to 1.5 degrees), sparse impulse specks, a light blur,
# light Gaussian noise, a per-page contrast/gamma curve and a paper tone (the white is not pure
# white, the black not pure black); then the manifest's rotation (clockwise, multiples of 90) is
# applied to the pixels, as if the sheet had been fed sideways or upside down.
#
# Needs: mkpdf (built from tests/tools/mkpdf.cc; libpango1.0-dev), and on Debian/Ubuntu
#   apt-get install poppler-utils imagemagick img2pdf qpdf
# (pdftoppm and pdfinfo from poppler-utils; convert and identify from ImageMagick 6 or 7).
#
# Environment:
#   MKPDF  an mkpdf binary, or a CMake build dir to build it in (default: <repo>/build)
set -euo pipefail
export LC_ALL=C.UTF-8
export TZ=UTC

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
src=$root/tests/data/scan-src
manifest=$src/manifest.tsv
out=$root/sample-docs/scans

die() {
  echo "make-scan-samples: $*" >&2
  exit 1
}

# Per document: font family | font size | creation date (the PDF metadata) | title (text PDFs).
declare -A DOC=(
  [pl-sejny-alytus-porozumienie-scan.pdf]="DejaVu Serif|11|2017-04-27|"
  [be-hrodna-bialystok-naviny-scan.pdf]="DejaVu Sans|10.5|2018-03-16|"
  [lt-druskininkai-augustow-sutartis-scan.tiff]="DejaVu Serif|11|2018-03-16|"
  [ru-brest-biala-podlaska-novosti-scan.png]="DejaVu Sans|11|2024-11-19|"
  [be-vaukavysk-bielsk-pahadnenne-scan.jpg]="DejaVu Serif|11|2019-05-24|"
  [ru-grodno-druskininkai-protokol-mixed.pdf]="DejaVu Serif|11|2023-10-03|Протокол заседания совместной рабочей группы по сотрудничеству города Гродно и самоуправления Друскининкай"
)

# Per scanned page ("output:page"): seed, skew in degrees (positive = clockwise), blur sigma,
# impulse-noise attenuation, Gaussian-noise attenuation, then the contrast curve
# "-level black%,white%,gamma" and the paper tone "+level black%,white%".
declare -A SCAN=(
  [pl-sejny-alytus-porozumienie-scan.pdf:1]="1101  0.8 0.8 0.03 0.7  5 86 1.10  6 95"
  [pl-sejny-alytus-porozumienie-scan.pdf:2]="1102 -0.5 0.9 0.03 0.8  4 88 1.20  7 96"
  [pl-sejny-alytus-porozumienie-scan.pdf:3]="1103  1.2 1.4 0.05 1.2  0 78 1.80 12 93"  # faded toner
  [be-hrodna-bialystok-naviny-scan.pdf:1]="2101 -1.1 0.8 0.03 0.7  5 87 1.05  6 95"
  [lt-druskininkai-augustow-sutartis-scan.tiff:1]="3101  0.4 0.7 0.02 0.6  4 88 1.15  4 96"
  [lt-druskininkai-augustow-sutartis-scan.tiff:2]="3102 -0.9 0.8 0.02 0.7  6 86 1.00  5 95"
  [ru-brest-biala-podlaska-novosti-scan.png:1]="4101  1.5 0.6 0.02 0.6  5 88 1.10  5 96"
  [be-vaukavysk-bielsk-pahadnenne-scan.jpg:1]="5101 -0.3 1.2 0.05 1.0 10 85 0.70  8 95"  # heavy toner
  [ru-grodno-druskininkai-protokol-mixed.pdf:2]="6102  0.6 0.8 0.03 0.7  5 87 1.05  6 95"
)

need() {
  local t
  for t in "$@"; do
    command -v "$t" >/dev/null || die "$t not found (apt-get install poppler-utils imagemagick img2pdf qpdf)"
  done
}

# shellcheck source=find-mkpdf.sh
source "$(dirname "${BASH_SOURCE[0]}")/find-mkpdf.sh"

# Common output options: no timestamps or other variable metadata, 8-bit grey, 300 dpi.
GREY=(-colorspace Gray -depth 8 -strip -density 300 -units PixelsPerInch)
PNG_OPTS=(-define png:exclude-chunk=all -define png:include-chunk=pHYs)

# scan IN.png OUT.png KEY ROTATION: the "scanner": degrades a clean 300 dpi page raster.
scan() {
  local in=$1 res=$2 key=$3 rotation=$4 size
  local seed skew blur impulse gauss black white gamma pblack pwhite
  [[ -n ${SCAN[$key]:-} ]] || die "no scan settings for $key in SCAN"
  read -r seed skew blur impulse gauss black white gamma pblack pwhite <<<"${SCAN[$key]}"
  size=$(identify -format '%wx%h' "$in")
  local -a turn=()
  [[ $rotation == 0 ]] || turn=(-rotate "$rotation")
  convert "$in" -seed "$seed" \
    -background white -rotate "$skew" +repage -gravity center -extent "$size" +repage \
    -attenuate "$impulse" +noise Impulse \
    -blur "0x$blur" \
    -attenuate "$gauss" +noise Gaussian \
    -level "$black%,$white%,$gamma" +level "$pblack%,$pwhite%" \
    "${turn[@]}" "${GREY[@]}" "${PNG_OPTS[@]}" "$res"
}

# Reads the manifest into the arrays outputs (in order), pages[output] ("src|lang|rot|note" per
# line) and checks it.
declare -a outputs=()
declare -A pages=() npages=()
read_manifest() {
  local header output page source lang rotation note extra
  IFS= read -r header <"$manifest"
  [[ $header == $'output\tpage\tsource\tlang\trotation\tnote' ]] || die "bad manifest header"
  while IFS=$'\t' read -r output page source lang rotation note extra; do
    [[ -z $output || $output == \#* ]] && continue
    [[ -z ${extra:-} ]] || die "$output: too many columns"
    [[ -f $src/$source ]] || die "$output: missing source $src/$source"
    [[ $lang =~ ^(pl|be|lt|ru)$ ]] || die "$output: bad lang '$lang'"
    [[ $rotation =~ ^(0|90|180|270)$ ]] || die "$output: bad rotation '$rotation'"
    [[ $note =~ ^(text|scan)$ ]] || die "$output: note must be text or scan, not '$note'"
    [[ -n ${DOC[$output]:-} ]] || die "no document settings for $output in DOC"
    if [[ -z ${npages[$output]:-} ]]; then
      outputs+=("$output")
      npages[$output]=0
    fi
    ((npages[$output] += 1))
    [[ $page == "${npages[$output]}" ]] || die "$output: page $page out of order"
    [[ $note == scan || $output == *.pdf ]] || die "$output: only PDFs can have text pages"
    [[ $note == scan || $rotation == 0 ]] || die "$output: a text page cannot be rotated"
    pages[$output]+="$source|$lang|$rotation|$note"$'\n'
  done < <(tail -n +2 "$manifest")
  ((${#outputs[@]} > 0)) || die "empty manifest"
}

make_output() {
  local output=$1 work=$2/${1%.*} mkpdf=$3
  local font size created title n i=0 source lang rotation note
  local -a srcs=() rots=() notes=()
  IFS='|' read -r font size created title <<<"${DOC[$output]}"
  while IFS='|' read -r source lang rotation note; do
    [[ -n $source ]] || continue
    srcs+=("$source") rots+=("$rotation") notes+=("$note")
  done <<<"${pages[$output]}"
  n=${#srcs[@]}
  mkdir -p "$work"

  # 1. The clean document: all pages, one source per page (form feeds between them).
  for ((i = 0; i < n; i++)); do
    ((i == 0)) || printf '\f'
    cat "$src/${srcs[i]}"
  done >"$work/doc.txt"
  local -a meta=(--created "$created" --font "$font" --font-size "$size")
  [[ -z $title ]] || meta+=(--title "$title")
  "$mkpdf" "$work/doc.pdf" "${meta[@]}" <"$work/doc.txt"
  local got
  got=$(pdfinfo "$work/doc.pdf" | sed -n 's/^Pages: *//p')
  [[ $got == "$n" ]] || die "$output: mkpdf made $got pages, expected $n (a page overflows?)"

  # 2. Scan the scan pages.
  local p
  for ((i = 0; i < n; i++)); do
    p=$((i + 1))
    [[ ${notes[i]} == scan ]] || continue
    pdftoppm -r 300 -gray -png -f "$p" -l "$p" -singlefile "$work/doc.pdf" "$work/clean-$p"
    scan "$work/clean-$p.png" "$work/scan-$p.png" "$output:$p" "${rots[i]}"
  done

  # 3. Assemble.
  local res=$out/$output
  case $output in
  *.tiff)
    local -a imgs=()
    for ((p = 1; p <= n; p++)); do imgs+=("$work/scan-$p.png"); done
    convert "${imgs[@]}" "${GREY[@]}" -compress Zip "$res"
    ;;
  *.png)
    ((n == 1)) || die "$output: a PNG has one page"
    convert "$work/scan-1.png" "${GREY[@]}" "${PNG_OPTS[@]}" "$res"
    ;;
  *.jpg)
    ((n == 1)) || die "$output: a JPEG has one page"
    convert "$work/scan-1.png" "${GREY[@]}" -quality 85 "$res"
    ;;
  *.pdf)
    local -a jpgs=() sel=()
    local j=0
    for ((p = 1; p <= n; p++)); do
      if [[ ${notes[p - 1]} == scan ]]; then
        convert "$work/scan-$p.png" "${GREY[@]}" -quality 80 "$work/scan-$p.jpg"
        jpgs+=("$work/scan-$p.jpg")
        j=$((j + 1))
        sel+=("$work/scans.pdf" "$j")
      else
        sel+=("$work/doc.pdf" "$p")
      fi
    done
    # img2pdf: page size from the JPEGs' 300 dpi; fixed dates and no producer, so reproducible.
    img2pdf --engine internal --creationdate "${created}T09:00:00" --moddate "${created}T09:00:00" \
      --producer "" -o "$work/scans.pdf" "${jpgs[@]}"
    if ((j == n)); then
      cp "$work/scans.pdf" "$res"
    else
      # Mixed: keep doc.pdf's metadata, take each page from doc.pdf (text) or scans.pdf (image).
      qpdf --deterministic-id "$work/doc.pdf" --pages "${sel[@]}" -- "$res"
    fi
    ;;
  *) die "$output: unknown output type" ;;
  esac
  printf '%8d  %s\n' "$(stat -c %s "$res")" "$output"
}

main() {
  need pdftoppm pdfinfo convert identify img2pdf qpdf
  local mkpdf output
  mkpdf=$(find_mkpdf)
  read_manifest
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT  # $work is global: the trap runs after main has returned
  mkdir -p "$out"
  rm -f "$out"/*.pdf "$out"/*.tiff "$out"/*.png "$out"/*.jpg
  for output in "${outputs[@]}"; do
    make_output "$output" "$work" "$mkpdf"
  done
  echo "made ${#outputs[@]} files in $out ($(du -sh "$out" | cut -f1) in all)"
}

# Sourced (e.g. by tests/eval/tags-unseen/make.py, for scan()): define the functions, run nothing.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi
