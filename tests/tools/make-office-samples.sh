#!/bin/sh
# Rebuilds the sample office documents in sample-docs/office/ from the readable sources in
# tests/data/office-src/:
#   docx-umowa-sokolka-druskininkai/      -> umowa-sokolka-druskininkai.docx   (Polish)
#   odt-soglashenie-grodno-bialystok/     -> soglashenie-grodno-bialystok.odt  (Russian)
#   naviny-polatsk-druskininkai.utf8.html -> naviny-polatsk-druskininkai.html  (Belarusian,
#                                            re-encoded to the windows-1251 it declares)
# Needs only zip and iconv (Debian 12: zip, libc-bin). Output is the same byte for byte on every
# run: fixed member order and timestamps, no extra fields.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/sample-docs/office
src=$root/tests/data/office-src
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC LC_ALL=C

# pack <source dir> <output file> <member to put first, stored>: zips a copy of the directory.
# ODF requires "mimetype" first and uncompressed (its bytes double as a magic number); OOXML
# readers do not care, but Word writes [Content_Types].xml first, so the samples do too.
pack() {
  dir=$tmp/$(basename "$1")
  cp -R "$1" "$dir"
  find "$dir" -exec touch -d '2018-03-16 12:00:00' {} +
  rm -f "$2"
  (
    cd "$dir"
    zip -q -X -nw -0 "$2" "$3"
    find . -type f ! -path "./$3" | sed 's|^\./||' | sort | zip -q -X -nw -D -9 "$2" -@
  )
}

pack "$src/docx-umowa-sokolka-druskininkai" "$out/umowa-sokolka-druskininkai.docx" \
  '[Content_Types].xml'
pack "$src/odt-soglashenie-grodno-bialystok" "$out/soglashenie-grodno-bialystok.odt" mimetype
iconv -f UTF-8 -t WINDOWS-1251 "$src/naviny-polatsk-druskininkai.utf8.html" \
  > "$out/naviny-polatsk-druskininkai.html"
