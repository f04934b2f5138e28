#!/usr/bin/env bash
# README command 2: install dependencies, build, run every test.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
bash "$top/.ci/build.sh"
cd "$top/build"
ctest --output-on-failure -j"$(nproc)"
