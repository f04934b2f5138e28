#!/usr/bin/env bash
# README command 1: install dependencies, build, ingest sample-docs/ into index/, show searches.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
bash "$top/.ci/build.sh"
twindex=$top/build/twindex
cd "$top"
"$twindex" ingest sample-docs --index index --report index/last-report.json
echo
echo '$ twindex search Grodno'
"$twindex" search --index index --limit 5 Grodno
echo '$ twindex search "Forum Miast Partnerskich" --json'
"$twindex" search --index index --limit 1 --json '"Forum Miast Partnerskich"'
