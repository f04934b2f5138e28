#!/usr/bin/env bash
# README command 1: install dependencies, build, run the sample pipeline (pipelines/sample-docs.toml:
# sample-docs/ into index/), show searches.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
bash "$top/.ci/build.sh"
twindex=$top/build/twindex
cd "$top"
"$twindex" run pipelines/sample-docs.toml
echo
echo '$ twindex search Grodno'
"$twindex" search --index index --limit 5 Grodno
echo '$ twindex search "Forum Miast Partnerskich" --json'
"$twindex" search --index index --limit 1 --json '"Forum Miast Partnerskich"'
echo '$ twindex stats'
"$twindex" stats --index index
