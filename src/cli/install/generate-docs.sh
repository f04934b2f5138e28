#!/usr/bin/env bash
# Generates, from the built twindex, what is installed beside it: the man page (help2man over the
# top-level --help and every command's --help, plus the static sections of twindex.h2m) and the
# bash completion (`twindex __bash-completion`). Both follow the CLI definition: a new command or
# option needs no edit here. Run by the build (src/cli/install/install.cmake).
#
#   generate-docs.sh TWINDEX HELP2MAN SUMMARY STATIC.h2m OUTDIR
#     -> OUTDIR/twindex.1, OUTDIR/twindex.1.gz, OUTDIR/twindex.bash-completion
set -euo pipefail
twindex=$1 help2man=$2 summary=$3 static=$4 out=$5
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$twindex" __bash-completion >"$tmp/twindex.bash-completion"
grep -q '^complete .* twindex$' "$tmp/twindex.bash-completion" ||
  { echo "generate-docs.sh: $twindex __bash-completion printed no completion" >&2; exit 1; }

# The commands are those the top-level --help lists under "Subcommands:".
commands=$("$twindex" --help |
  awk '/^Subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }')
[[ -n $commands ]] || { echo "generate-docs.sh: no commands in $twindex --help" >&2; exit 1; }

# [COMMANDS]: each command's help as help2man formats it, its sections turned into paragraphs of
# one subsection (a man page has no deeper headings).
version=$("$twindex" --version | awk '{ print $NF }')
{
  echo "[COMMANDS]"
  for c in $commands; do
    "$help2man" --no-info --version-string="$version" --help-option="$c --help" "$twindex" |
      awk -v cmd="$c" '
        /^\.SH NAME/ { skip = 1; next }
        /^\.SH SYNOPSIS/ { skip = 0; print ".SS " cmd; next }
        skip || /^\.\\"/ || /^\.TH / { next }
        /^\.SH DESCRIPTION/ { print ".PP"; next }
        /^\.SH / || /^\.SS / {
          title = $0; sub(/^\.S[HS] "?/, "", title); sub(/"$/, "", title)
          if (title == "OPTIONS") title = "Options:"
          print ".PP"; print "\\fB" title "\\fR"; next
        }
        { sub("\\\\fI\\\\," cmd " \\\\/\\\\fR", "\\fB" cmd "\\fR "); print }'
  done
} >"$tmp/commands.h2m"

"$help2man" --no-info --name="$summary" --include="$tmp/commands.h2m" --include="$static" \
  --output="$tmp/twindex.1" "$twindex"
gzip -9n -c "$tmp/twindex.1" >"$tmp/twindex.1.gz"

mkdir -p "$out"
mv "$tmp/twindex.1" "$tmp/twindex.1.gz" "$tmp/twindex.bash-completion" "$out/"
