#!/usr/bin/env bash
# Ingests sample-docs/ into a scratch index and runs search_eval on it (with --check when given).
#   tests/eval/run_search_eval.sh TWINDEX SEARCH_EVAL [--check]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
index=$(mktemp -d)
trap 'rm -rf "$index"' EXIT
"$1" -q ingest "$top/sample-docs" --index "$index"
"$2" "$index" "$top/sample-docs" "$here/search/queries.tsv" "$here/langid/snippets.tsv" "${3:-}"
