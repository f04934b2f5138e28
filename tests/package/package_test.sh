#!/usr/bin/env bash
# The install and the Debian package (src/cli/install/): builds the .deb with cpack and checks its
# file list, its Depends and its maintainer scripts; runs the extracted binary from outside the
# source tree, reads its man page, drives its bash completion, ingests and searches two sample
# files with it; then `cmake --install` into a temporary prefix and checks the same files there
# and that the installed unit runs that prefix's binary.
#
#   package_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/twindex-package-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "-- $*"; }

# What is installed, relative to the prefix (/usr in the package).
examples=()
for f in "$src"/pipelines/*.toml; do examples+=("share/doc/twindex/examples/${f##*/}"); done
installed=(
  bin/twindex
  lib/twindex/twindex-ingest
  share/man/man1/twindex.1.gz
  share/bash-completion/completions/twindex
  lib/systemd/system/twindex-reindex@.service
  lib/systemd/system/twindex-reindex@.timer
  lib/systemd/system/twindex-serve.service
  lib/systemd/system/twindex-ingest@.service
  lib/systemd/system/twindex-ingest@.timer
  share/doc/twindex/examples/twindex-ingest.sbatch
  share/doc/twindex/README.md
  share/doc/twindex/copyright
  "${examples[@]}"
)
exec_start_args="-q run /etc/twindex/pipelines/%i.toml"
ingest_start_args='-q ingest ${TWINDEX_INGEST_TREE} --shard %I $TWINDEX_INGEST_ARGS'
version=$("$build/twindex" --version)  # "twindex 0.1.0"

# ---- Build the package -----------------------------------------------------------------------
step "cpack -G DEB"
cpack -G DEB -B "$tmp/cpack" --config "$build/CPackConfig.cmake" >"$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log" >&2; fail "cpack -G DEB failed (log above)"; }
shopt -s nullglob
debs=("$tmp"/cpack/twindex_*.deb)
shopt -u nullglob
((${#debs[@]} == 1)) || fail "cpack made no single twindex_*.deb in $tmp/cpack: $(ls "$tmp/cpack")"
deb=${debs[0]}
echo "   ${deb##*/}, $(du -k "$deb" | cut -f1) KiB"
[[ $(dpkg-deb -f "$deb" Package) == twindex ]] || fail "Package is not twindex"
[[ "twindex $(dpkg-deb -f "$deb" Version)" == "$version" ]] ||
  fail "Version $(dpkg-deb -f "$deb" Version) is not that of '$version'"

# ---- Its contents ----------------------------------------------------------------------------
step "dpkg-deb -c"
dpkg-deb -c "$deb" >"$tmp/contents"
for f in "${installed[@]}"; do
  grep -q " \./usr/$f\$" "$tmp/contents" || fail "the package lacks ./usr/$f; it has:
$(cat "$tmp/contents")"
done
for exe in usr/bin/twindex usr/lib/twindex/twindex-ingest; do
  grep -Eq "^-rwxr-xr-x root/root .* \./$exe\$" "$tmp/contents" ||
    fail "./$exe is not an executable owned by root: $(grep "$exe" "$tmp/contents")"
done

# ---- Depends: the runtime libraries and the data packages, nothing for development -----------
step "Depends"
depends=$(dpkg-deb -f "$deb" Depends)
echo "   $depends"
names=$(tr ',|' '\n' <<<"$depends" | sed -E 's/\(.*\)//; s/^ +//; s/ +$//' | sed '/^$/d')
for pattern in 'libc6' 'libstdc\+\+6' 'libpoppler-cpp[0-9a-z]+' 'libxapian[0-9]+' \
               'libtesseract[0-9]+' 'liblept[0-9]+' 'libicu[0-9]+' 'libhunspell-[0-9.-]+' \
               'libzip[0-9]+' 'libxml2' 'libpugixml[0-9a-z]+' 'libtcmalloc-minimal[0-9]+' \
               hunspell-pl hunspell-be hunspell-lt hunspell-ru tesseract-ocr-osd \
               tesseract-ocr-pol tesseract-ocr-bel tesseract-ocr-lit tesseract-ocr-rus; do
  grep -Eqx "$pattern" <<<"$names" || fail "Depends names no $pattern: $depends"
done
if grep -E -- '-dev$' <<<"$names"; then fail "Depends names development packages: $depends"; fi
for name in $names; do  # every dependency is a real package (all are installed here)
  dpkg-query -W "$name" >/dev/null 2>&1 || fail "Depends names $name, which is not a package here"
done

# ---- Maintainer scripts ----------------------------------------------------------------------
step "postinst, postrm"
dpkg-deb --ctrl-tarfile "$deb" | tar -tvf - >"$tmp/control"
for script in postinst postrm; do
  grep -Eq "^-rwxr-xr-x .* \./$script\$" "$tmp/control" ||
    fail "the package has no executable $script: $(cat "$tmp/control")"
  dpkg-deb -I "$deb" "$script" >"$tmp/$script"
  sh -n "$tmp/$script" || fail "$script is not valid sh"
done
for word in 'adduser --system' 'useradd --system' '/var/lib/twindex' '/etc/twindex/pipelines'; do
  grep -q -- "$word" "$tmp/postinst" || fail "postinst does not mention '$word'"
done
if grep -Eq 'rm |deluser|userdel' "$tmp/postrm"; then fail "postrm deletes something"; fi

# ---- The extracted package at work, from a folder outside the source tree --------------------
root=$tmp/root
dpkg-deb -x "$deb" "$root"
twindex=$root/usr/bin/twindex
mkdir -p "$tmp/work/docs" "$tmp/work/idx-parent"
cd "$tmp/work"

step "twindex --version"
[[ $("$twindex" --version) == "$version" ]] || fail "the packaged twindex --version is not '$version'"
for exe in "$twindex" "$root/usr/lib/twindex/twindex-ingest"; do
  if readelf -S "$exe" 2>/dev/null | grep -q '\.symtab'; then
    fail "the packaged $exe is not stripped (CPACK_STRIP_FILES)"
  fi
done
# The front starts fast because it loads none of the extraction libraries (cli/extracting.h).
if ldd "$twindex" | grep -Eq 'poppler|tesseract|lept|libzip|xml'; then
  fail "the front binary links extraction libraries: $(ldd "$twindex" | grep -E 'poppler|tesseract|lept|libzip|xml')"
fi
# The commands, as the binary lists them (the man page and completion must know each one).
commands=$("$twindex" --help |
  awk '/^Subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }')
[[ -n $commands ]] || fail "twindex --help lists no commands"

step "man page"
man=$root/usr/share/man/man1/twindex.1.gz
gzip -t "$man" || fail "twindex.1.gz is not gzip"
zcat "$man" >"$tmp/twindex.1"
for section in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS '"EXIT STATUS"' ENVIRONMENT FILES \
               '"SEE ALSO"'; do
  grep -qx "\.SH $section" "$tmp/twindex.1" || fail "the man page has no section $section"
done
for c in $commands; do
  grep -qx "\.SS $c" "$tmp/twindex.1" || fail "the man page's COMMANDS has no '$c'"
done
for word in '\-\-lang' TWINDEX_INDEX TWINDEX_OCR_CACHE /etc/twindex/pipelines; do
  grep -qF -- "$word" "$tmp/twindex.1" || fail "the man page does not mention $word"
done
if grep -qF "$build" "$tmp/twindex.1"; then fail "the man page names the build folder $build"; fi

step "bash completion"
completion=$root/usr/share/bash-completion/completions/twindex
touch docs/a.txt notes.txt run.toml
# completions WORD...: what _twindex offers for the last WORD, sorted, one a line.
completions() {
  bash --norc --noprofile -c '
    source "$1" || exit 1
    shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _twindex twindex "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    for w in "${COMPREPLY[@]}"; do printf "%s\n" "$w"; done | sort' _ "$completion" "$@"
}
# expect "COMMAND LINE" WORD...: completing the line's last word (after a space: an empty one)
# offers exactly these words.
expect() {
  local line=$1 got want
  local -a words
  shift
  read -ra words <<<"$line"
  [[ $line != *" " ]] || words+=("")
  got=$(completions "${words[@]}" | tr '\n' ' ')
  want=$(printf '%s\n' "$@" | sort | tr '\n' ' ')
  [[ $got == "$want" ]] || fail "completing '$line' offered '$got', not '$want'"
}
expect "twindex se" search serve
expect "twindex sea" search
expect "twindex serve --li" --listen
expect "twindex search --la" --lang
expect "twindex search --lang " be lt pl ru
expect "twindex ingest --index " docs idx-parent
expect "twindex run " docs idx-parent run.toml
top=$(completions twindex "" | tr '\n' ' ')
for c in $commands; do
  [[ " $top" == *" $c "* ]] || fail "completing 'twindex ' does not offer $c: $top"
done

step "ingest and search two sample files"
cp "$src"/sample-docs/legacy-encodings/pl-windows-1250.txt \
   "$src"/sample-docs/legacy-encodings/ru-koi8-r.txt docs/
rm docs/a.txt
"$twindex" -q ingest docs --index idx >"$tmp/ingest.log" 2>&1 ||
  { cat "$tmp/ingest.log" >&2; fail "the packaged twindex could not ingest docs/"; }
for query in "współpraca:pl-windows-1250.txt" "побратимство:ru-koi8-r.txt" \
             "Grodno:pl-windows-1250.txt"; do
  "$twindex" search --index idx --json "${query%%:*}" >"$tmp/search.json" ||
    fail "twindex search ${query%%:*} failed"
  grep -q "\"path\": *\"[^\"]*/docs/${query#*:}\"" "$tmp/search.json" ||
    fail "searching ${query%%:*} did not find ${query#*:}: $(cat "$tmp/search.json")"
done
cd /

# ---- cmake --install into a temporary prefix -------------------------------------------------
step "cmake --install --prefix"
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 ||
  { cat "$tmp/install.log" >&2; fail "cmake --install failed (log above)"; }
for f in "${installed[@]}"; do
  [[ -f $prefix/$f ]] || fail "cmake --install put no $f under the prefix; it has:
$(cd "$prefix" && find . -type f)"
done
[[ $("$prefix/bin/twindex" --version) == "$version" ]] || fail "the installed twindex --version"
service=$prefix/lib/systemd/system/twindex-reindex@.service
grep -qx "ExecStart=$prefix/bin/twindex $exec_start_args" "$service" ||
  fail "the installed unit does not run $prefix/bin/twindex: $(grep ExecStart "$service")"
grep -qx "Documentation=file:$prefix/share/doc/twindex/README.md" "$service" ||
  fail "the installed unit's Documentation is not under the prefix: $(grep Documentation "$service")"
grep -qx "ExecStart=/usr/bin/twindex $exec_start_args" \
  "$root/usr/lib/systemd/system/twindex-reindex@.service" ||
  fail "the packaged unit does not run /usr/bin/twindex"
grep -qx "ExecStart=$prefix/bin/twindex $ingest_start_args" \
  "$prefix/lib/systemd/system/twindex-ingest@.service" ||
  fail "the installed ingest unit does not run $prefix/bin/twindex: $(grep ExecStart \
    "$prefix/lib/systemd/system/twindex-ingest@.service")"
if command -v systemd-analyze >/dev/null; then  # the installed units as an instance
  mkdir "$tmp/units"
  cp "$service" "$tmp/units/twindex-reindex@sample.service"
  cp "$prefix/lib/systemd/system/twindex-reindex@.timer" "$tmp/units/twindex-reindex@sample.timer"
  cp "$prefix/lib/systemd/system/twindex-serve.service" "$tmp/units/"
  cp "$prefix/lib/systemd/system/twindex-ingest@.service" "$tmp/units/twindex-ingest@1-4.service"
  cp "$prefix/lib/systemd/system/twindex-ingest@.timer" "$tmp/units/twindex-ingest@1-4.timer"
  if ! systemd-analyze verify "$tmp"/units/* >"$tmp/verify.log" 2>&1 || [[ -s $tmp/verify.log ]]
  then
    fail "systemd-analyze verify on the installed units: $(cat "$tmp/verify.log")"
  fi
fi

echo "PASS"
