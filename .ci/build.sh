#!/usr/bin/env bash
# Installs dependencies and builds twindex into build/ (Release, with tests).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
bash "$top/.ci/deps.sh"
cmake -S "$top" -B "$top/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$top/build" -j"$(nproc)"
