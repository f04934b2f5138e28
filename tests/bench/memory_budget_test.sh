#!/usr/bin/env bash
# Test (CTest memory_budget): an ingest's memory stays within --memory-budget whatever the size of
# the collection. Ingests a generated collection of N documents (make_text_collection.py; default
# 8000) with a small budget (192 MiB) and a tiny one (40 documents) under tree_peak, and checks
# that the writer process's peak memory on the large one exceeds the tiny one's (its dictionaries,
# gazetteer and caches: a fixed cost) by no more than the budget. Before the budget, the writer
# kept every prepared file that waited for it: 1.1 GB at 30,000 documents.
#
#   tests/bench/memory_budget_test.sh BUILD_DIR [N]
set -euo pipefail

BUILD=$(realpath "$1")
N=${2:-8000}
BUDGET_MIB=192
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/twindex-budget.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

python3 "$SRC/tests/bench/make_text_collection.py" --docs "$N" --out "$WORK/big" --no-count >/dev/null
mkdir -p "$WORK/tiny"
mapfile -t docs < <(find "$WORK/big/docs" -name '*.txt' | sort)
cp -t "$WORK/tiny" "${docs[@]:0:40}"

peak_of() {  # name folder: the writer process's peak RSS in KiB
  "$BUILD/tests/bench/tree_peak" --out "$WORK/$1.json" -- "$BUILD/twindex" -q ingest "$2" \
    --index "$WORK/$1-index" --jobs 2 --memory-budget "$BUDGET_MIB"
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["peak_rss_root_kb"])' "$WORK/$1.json"
}
tiny=$(peak_of tiny "$WORK/tiny")
big=$(peak_of big "$WORK/big/docs")
files=$("$BUILD/twindex" stats --index "$WORK/big-index" --json |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["files"])')
growth_mib=$(((big - tiny) / 1024))
echo "writer peak: $((tiny / 1024)) MiB for 40 documents, $((big / 1024)) MiB for $files;" \
  "growth $growth_mib MiB, budget $BUDGET_MIB MiB"
[[ $files -eq $N ]] || { echo "FAIL: $files of $N documents indexed"; exit 1; }
((growth_mib <= BUDGET_MIB)) || { echo "FAIL: the writer grew beyond its budget"; exit 1; }
echo PASS
