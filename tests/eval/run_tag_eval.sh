#!/usr/bin/env bash
# Ingests every annotated document (the paths in tests/eval/tagging/annotations-*.tsv, nothing
# else, so that `--city` rankings hold only annotated files) into a scratch index and runs
# tag_eval on them (with --check when given).
#   tests/eval/run_tag_eval.sh TWINDEX TAG_EVAL [--check]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
index=$(mktemp -d)
trap 'rm -rf "$index"' EXIT
mapfile -t files < <(tail -q -n +2 "$here"/tagging/annotations-*.tsv | cut -f1 | sed "s|^|$top/|")
"$1" -q ingest "${files[@]}" --index "$index"
"$2" "$top" "$index" "${3:-}"
