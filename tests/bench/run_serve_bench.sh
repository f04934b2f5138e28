#!/usr/bin/env bash
# Load benchmark of `twindex serve`: for each index, starts the server on a free loopback port,
# runs serve_load (N clients, one connection each, for T seconds over the mix of
# tests/bench/scale_queries.tsv: words, phrases, city, date range, language, facet clicks,
# document pages, /api/search), stops the server, and prints a table, one column per index.
# Exits 1 if a run had an error (a reply other than 200, a failed request) or printed no figures
# (the serve_smoke CTest runs it for 2 s with 4 clients for that reason alone).
#
#   tests/bench/run_serve_bench.sh [INDEX ...] [--clients N] [--seconds T] [--json FILE]
#                                  [--no-build]
#
# INDEX: an index `twindex serve --index` accepts (e.g. a 100k index kept by
# KEEP_INDEX=DIR run_scale_bench.sh 100000). Without one: the sample index, made for the run from
# sample-docs without its scans (no OCR), as run_scale_bench.sh makes it. Defaults: 32 clients,
# 30 s. BUILD (default: <repo>/build) is the build tree: twindex, twindex-ingest and serve_load
# are built there unless --no-build. Before each run it waits up to QUIET_WAIT seconds (default
# 60) for the machine to be idle, since other work skews every figure. SERVE_ARGS: more options
# for `twindex serve` (e.g. SERVE_ARGS="--cache-mb 0": every request matched, none answered from
# the cache of recent searches, which the mix's repeated URLs otherwise hit nearly always).
set -euo pipefail

INDEXES=()
CLIENTS=32
SECONDS_RUN=30
JSON_OUT=""
BUILD_IT=1
usage() { echo "usage: $0 [INDEX ...] [--clients N] [--seconds T] [--json FILE] [--no-build]" >&2; exit 2; }
while (($#)); do
  case $1 in
    --clients) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || usage; CLIENTS=$2; shift 2 ;;
    --seconds) [[ ${2:-} =~ ^[0-9]+(\.[0-9]+)?$ ]] || usage; SECONDS_RUN=$2; shift 2 ;;
    --json) [[ -n ${2:-} ]] || usage; JSON_OUT=$(realpath -m "$2"); shift 2 ;;
    --no-build) BUILD_IT=0; shift ;;
    -h|--help) sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$0"; exit 0 ;;
    -*) usage ;;
    *) [[ -e $1 ]] || { echo "no index at $1" >&2; exit 2; }; INDEXES+=("$(realpath "$1")"); shift ;;
  esac
done

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=$(realpath -m "${BUILD:-$SRC/build}")
log() { printf '== %s\n' "$*" >&2; }

if ((BUILD_IT)); then
  log "building in $BUILD"
  [[ -f $BUILD/CMakeCache.txt ]] || cmake -S "$SRC" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
  if ! out=$(cmake --build "$BUILD" -j"$(nproc)" --target twindex twindex-ingest serve_load 2>&1); then
    printf '%s\n' "$out" | tail -30 >&2
    exit 1
  fi
fi
TWINDEX=$BUILD/twindex
SERVE_LOAD=$BUILD/tests/bench/serve_load
for tool in "$TWINDEX" "$SERVE_LOAD"; do
  [[ -x $tool ]] || { echo "missing $tool (build it, or drop --no-build)" >&2; exit 1; }
done

RUN=$(mktemp -d "${TMPDIR:-/tmp}/twindex-serve-bench.XXXXXX")
SERVER_PID=""
stop_server() {
  if [[ -n $SERVER_PID ]]; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
  fi
}
trap 'stop_server; rm -rf "$RUN"' EXIT

# shellcheck source=quiet.sh
source "$SRC/tests/bench/quiet.sh"  # wait_for_quiet

if ((${#INDEXES[@]} == 0)); then
  log "sample index (sample-docs without scans)"
  "$TWINDEX" -q ingest "$SRC/sample-docs" --exclude scans --index "$RUN/sample-index"
  INDEXES=("$RUN/sample-index")
fi

status=0
for i in "${!INDEXES[@]}"; do
  IDX=${INDEXES[$i]}
  SERVER_LOG=$RUN/serve-$i.log
  # Made here: the server's own redirection happens in the background child, and the loop below
  # may read the log before that child has made it (seen once under a loaded full ctest).
  : >"$SERVER_LOG"
  # shellcheck disable=SC2086  # SERVE_ARGS: words
  "$TWINDEX" serve --index "$IDX" --listen 127.0.0.1:0 ${SERVE_ARGS:-} 2>"$SERVER_LOG" &
  SERVER_PID=$!
  # The port it chose, from its "serving … on http://127.0.0.1:PORT/" line (up to 30 s).
  PORT=""
  for ((k = 0; k < 300; k++)); do
    PORT=$(sed -n 's|.* on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$SERVER_LOG" | head -1)
    [[ -n $PORT ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  if [[ -z $PORT ]]; then
    echo "twindex serve did not start on $IDX:" >&2
    cat "$SERVER_LOG" >&2
    exit 1
  fi
  wait_for_quiet 60
  log "$IDX: $CLIENTS clients for $SECONDS_RUN s on port $PORT"
  if ! "$SERVE_LOAD" --port "$PORT" --pid "$SERVER_PID" --clients "$CLIENTS" \
       --seconds "$SECONDS_RUN" --json "$RUN/$i.json" | tee "$RUN/$i.txt" >&2; then
    status=1
  fi
  stop_server
  grep -q '^all ' "$RUN/$i.txt" && [[ -s $RUN/$i.json ]] || { echo "no figures for $IDX" >&2; status=1; }
done

RUN=$RUN JSON_OUT=$JSON_OUT INDEXES="${INDEXES[*]}" python3 - <<'EOF'
import json, os
env = os.environ
indexes = env["INDEXES"].split()
runs = []
for i, idx in enumerate(indexes):
    path = os.path.join(env["RUN"], f"{i}.json")
    runs.append(json.load(open(path)) if os.path.exists(path) and os.path.getsize(path) else None)
names = [os.path.basename(os.path.normpath(p)) for p in indexes]
rows = [("clients", lambda r: f"{r['clients']}"), ("seconds", lambda r: f"{r['seconds']:.1f}"),
        ("requests/s", lambda r: f"{r['overall']['per_s']:.1f}"),
        ("requests", lambda r: f"{r['overall']['requests']}"),
        ("errors", lambda r: f"{r['overall']['errors']}"),
        ("p50 ms", lambda r: f"{r['overall']['p50_ms']:.2f}"),
        ("p95 ms", lambda r: f"{r['overall']['p95_ms']:.2f}"),
        ("p99 ms", lambda r: f"{r['overall']['p99_ms']:.2f}")]
kinds = sorted({k for r in runs if r for k in r.get("kinds", {})})
rows += [(f"p95 ms {k}", lambda r, k=k: f"{r['kinds'][k]['p95_ms']:.2f}" if k in r["kinds"] else "-")
         for k in kinds]
rows += [(f"RSS MB {w}", lambda r, w=w: f"{r['rss_mb'][w]:.1f}" if "rss_mb" in r else "-")
         for w in ("first", "max", "last")]
width = max(12, *(len(n) + 2 for n in names))
print(f"{'':16}" + "".join(f"{n:>{width}}" for n in names))
for label, cell in rows:
    print(f"{label:16}" + "".join(f"{(cell(r) if r else 'failed'):>{width}}" for r in runs))
if env["JSON_OUT"]:
    json.dump(dict(zip(indexes, runs)), open(env["JSON_OUT"], "w"), indent=2)
EOF
exit $status
