#!/usr/bin/env bash
# Regenerates sample-docs/pdf/*.pdf from the UTF-8 sources in tests/data/pdf-src (listed in its
# manifest.tsv), refreshes sample-docs/seeds/ from ../shared/seeds when that folder exists, and,
# if poppler-utils are installed, checks page counts, metadata and the manifest's page_words.
#
# Environment:
#   MKPDF  an mkpdf binary, or a CMake build dir to build it in (default: <repo>/build)
#   SEEDS  folder with seed documents (default: <repo>/../shared/seeds)
set -euo pipefail
export LC_ALL=C.UTF-8  # character-wise ${var:0:n} and case-insensitive grep on Cyrillic

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
src=$root/tests/data/pdf-src
manifest=$src/manifest.tsv
out=$root/sample-docs/pdf
seeds_in=${SEEDS:-$root/../shared/seeds}
seeds_out=$root/sample-docs/seeds

die() {
  echo "make-pdf-samples: $*" >&2
  exit 1
}

# shellcheck source=find-mkpdf.sh
source "$(dirname "${BASH_SOURCE[0]}")/find-mkpdf.sh"

make_pdfs() {
  local mkpdf list file title author created
  mkpdf=$(find_mkpdf)
  list=$(mktemp)
  trap 'rm -f "$list"' RETURN
  while IFS=$'\t' read -r file title author created _; do
    [[ -f $src/${file%.pdf}.txt ]] || die "missing source $src/${file%.pdf}.txt"
    printf '%s\t%s\t%s\t%s\t%s\n' "$out/$file" "$src/${file%.pdf}.txt" "$title" "$author" \
      "$created" >>"$list"
  done < <(tail -n +2 "$manifest")
  mkdir -p "$out"
  rm -f "$out"/*.pdf
  "$mkpdf" --batch "$list" --jobs 0
  echo "made $(wc -l <"$list") PDFs in $out"
}

copy_seeds() {
  if [[ ! -d $seeds_in ]]; then
    echo "no $seeds_in; keeping the committed copies in $seeds_out"
    return
  fi
  mkdir -p "$seeds_out"
  local f name
  for f in "$seeds_in"/*; do
    [[ -f $f ]] || continue
    name=$(basename "$f")
    [[ $name == *.txt ]] || name+=.txt
    install -m 0644 "$f" "$seeds_out/$name"  # the shared copies are read-only
  done
  echo "copied seeds from $seeds_in to $seeds_out"
}

# Each page_words entry must occur on its page, and its stem (all but the last three characters,
# at least five) on no other page of the document, so that stemmed search hits one page only.
check_pdfs() {
  if ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then
    echo "poppler-utils not installed; skipping checks"
    return
  fi
  local failures=0 file title author created pages words pdf info got entry page word stem n p
  local -a texts entries
  fail() {
    echo "CHECK FAILED: $*" >&2
    failures=$((failures + 1))
  }
  while IFS=$'\t' read -r file title author created _ pages words; do
    pdf=$out/$file
    info=$(pdfinfo -isodates "$pdf")
    got=$(sed -n 's/^Pages: *//p' <<<"$info")
    [[ $got == "$pages" ]] || fail "$file: $got pages, manifest says $pages"
    [[ $(sed -n 's/^Title: *//p' <<<"$info") == "$title" ]] || fail "$file: title"
    [[ $(sed -n 's/^Author: *//p' <<<"$info") == "$author" ]] || fail "$file: author"
    [[ $(sed -n 's/^CreationDate: *//p' <<<"$info") == "$created"T* ]] || fail "$file: date"
    # Page texts are read once into variables: "pdftotext | grep -q" could die of SIGPIPE.
    texts=("")
    for ((p = 1; p <= got; p++)); do texts[p]=$(pdftotext -f "$p" -l "$p" "$pdf" -); done
    IFS=';' read -ra entries <<<"$words"
    for entry in "${entries[@]}"; do
      page=${entry%%:*}
      word=${entry#*:}
      n=$((${#word} - 3 > 5 ? ${#word} - 3 : 5))
      stem=${word:0:n}
      grep -qiF -- "$word" <<<"${texts[page]:-}" || fail "$file: '$word' not on page $page"
      for ((p = 1; p <= got; p++)); do
        if ((p != page)) && grep -qiF -- "$stem" <<<"${texts[p]}"; then
          fail "$file: '$stem' (from '$word') also on page $p"
        fi
      done
    done
  done < <(tail -n +2 "$manifest")
  ((failures == 0)) || die "$failures check(s) failed"
  echo "checked page counts, metadata and page_words of $(($(wc -l <"$manifest") - 1)) PDFs"
}

make_pdfs
copy_seeds
check_pdfs
