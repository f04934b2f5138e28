#!/usr/bin/env bash
# Ingests every annotated document (sample-docs/ and tests/eval/tagging/corpus/) into a scratch
# index and runs tag_eval on them (with --check when given).
#   tests/eval/run_tag_eval.sh TWINDEX TAG_EVAL [--check]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
index=$(mktemp -d)
trap 'rm -rf "$index"' EXIT
"$1" -q ingest "$top/sample-docs" "$here/tagging/corpus" --index "$index"
"$2" "$top" "$index" "${3:-}"
