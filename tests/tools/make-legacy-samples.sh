#!/usr/bin/env bash
# Regenerates the legacy-encoded sample texts in sample-docs/legacy-encodings/ from their UTF-8 sources in
# tests/data/legacy-encodings/, which carry the same file names. The charset is the part of the
# name after the language code (pl-windows-1250.txt: windows-1250); UTF-16 files get a byte-order
# mark, as Windows Notepad writes them. iconv converts (uconv, ICU's, where iconv does not know the
# name: x-mac-cyrillic, x-mac-centraleurroman); both fail on a character the charset lacks, so a
# source may only use what its charset can hold. tests/extract/text_extractor_test.cc checks that each
# file here decodes back to its source.
# Usage: tests/tools/make-legacy-samples.sh   (then rerun the extract tests)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here=$root/sample-docs/legacy-encodings
sources=$root/tests/data/legacy-encodings

for source in "$sources"/*.txt; do
  name=$(basename "$source")
  charset=${name#*-}
  charset=${charset%.txt}
  case $charset in
    utf-16le) { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$source"; } > "$here/$name" ;;
    utf-16be) { printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$source"; } > "$here/$name" ;;
    *) if iconv -l | grep -qiw -- "$charset"; then
         iconv -f UTF-8 -t "$charset" "$source" > "$here/$name"
       else
         uconv --callback stop -f UTF-8 -t "$charset" "$source" > "$here/$name"
       fi ;;
  esac
done
