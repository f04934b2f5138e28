#!/usr/bin/env bash
# Scale benchmark: how ingest, the index and search grow with the size of a plain-text archive
# (make_text_collection.py: N documents in four languages, ~340 words each, a vocabulary that
# keeps growing with N). Prints a table, one column per N; --json FILE also writes the figures.
# Not a test (the bench-smoke CTest runs it at a tiny size only to see that it completes); exits
# 1 if a check fails (documents or pages missing from the index, a re-ingest that did work).
#
#   tests/bench/run_scale_bench.sh [N ...] [--json FILE] [--no-build] [--jobs J]
#
# N defaults to 10000. BUILD (default: <repo>/build) is the build tree: configured if needed and
# twindex, tree_peak and query_latency built, unless --no-build. BENCH_DIR (default:
# $TMPDIR/twindex-bench) keeps the collections between runs (text-N, one per N: deterministic,
# seed 1); each run's indexes are removed. --jobs: ingest's extraction processes (default: cores).
#
# Measured for each N, in this order:
#   a) first ingest, `twindex ingest DIR --index IDX --jobs J`, under tree_peak (wall, CPU, peak
#      RSS/PSS of the whole process tree, sampled every 100 ms): docs/s, CPU s per MB of text
#   b) the index: bytes in all, per Xapian table (each *.glass file), per document, over the text
#   c) re-ingest with nothing changed
#   d) `twindex search` as a subprocess, each query of tests/bench/scale_queries.tsv CLI_ROUNDS
#      times (default 5): p50/p95/p99 of all runs (process start-up included)
#   e) query_latency in process, the same queries QUERY_ROUNDS times (default 20): Searcher open
#      and first query (cold), then p50/p95/p99
# and once: start-up of `twindex search --index <sample index> Grodno` (median of 10), on an index
# of sample-docs (its scans left out: no OCR) made for the run.
# KEEP_INDEX=DIR keeps each N's index as DIR/index-N (for looking into it later) instead of
# removing it.
# Before each timed ingest it waits up to QUIET_WAIT seconds (default 60) for the machine to be
# idle (under a fifth of a core busy); the "others" row shows what other processes used meanwhile.
set -euo pipefail

NS=()
JSON_OUT=""
BUILD_IT=1
JOBS=$(nproc)
while (($#)); do
  case $1 in
    --json) JSON_OUT=$(realpath -m "$2"); shift 2 ;;
    --no-build) BUILD_IT=0; shift ;;
    --jobs) JOBS=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$0"; exit 0 ;;
    *[!0-9]*|'') echo "usage: $0 [N ...] [--json FILE] [--no-build] [--jobs J]" >&2; exit 2 ;;
    *) NS+=("$1"); shift ;;
  esac
done
((${#NS[@]})) || NS=(10000)

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=$(realpath -m "${BUILD:-$SRC/build}")
WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/twindex-bench}
QUERIES=$SRC/tests/bench/scale_queries.tsv
log() { printf '== %s\n' "$*" >&2; }

if ((BUILD_IT)); then
  log "building in $BUILD"
  [[ -f $BUILD/CMakeCache.txt ]] || cmake -S "$SRC" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
  if ! out=$(cmake --build "$BUILD" -j"$(nproc)" --target twindex tree_peak query_latency 2>&1); then
    printf '%s\n' "$out" | tail -30 >&2
    exit 1
  fi
fi
TWINDEX=$BUILD/twindex
TREE_PEAK=$BUILD/tests/bench/tree_peak
QUERY_LATENCY=$BUILD/tests/bench/query_latency
for tool in "$TWINDEX" "$TREE_PEAK" "$QUERY_LATENCY"; do
  [[ -x $tool ]] || { echo "missing $tool (build it, or drop --no-build)" >&2; exit 1; }
done
command -v python3 >/dev/null || { echo "missing python3" >&2; exit 1; }

mkdir -p "$WORK"
RUN=$(mktemp -d "$WORK/scale-run.XXXXXX")
trap 'rm -rf "$RUN"' EXIT

# shellcheck source=quiet.sh
source "$SRC/tests/bench/quiet.sh"  # wait_for_quiet

# The sample index, for search start-up: small, so the figure is the process's own cost.
log "sample index (sample-docs without scans)"
"$TWINDEX" -q ingest "$SRC/sample-docs" --exclude scans --index "$RUN/sample-index" --jobs "$JOBS"
for ((k = 0; k < 10; k++)); do
  s=$(date +%s%N)
  "$TWINDEX" search --index "$RUN/sample-index" Grodno >/dev/null
  echo $(( ($(date +%s%N) - s) / 1000 ))
done >"$RUN/sample-startup-us.txt"

for N in "${NS[@]}"; do
  # The collection is deterministic (fixed seed), so one made earlier for the same N is reused.
  COLL=$WORK/text-$N
  if [[ ! -f $COLL/done ]]; then
    log "making a collection of $N text documents in $COLL"
    rm -rf "$COLL"
    python3 "$SRC/tests/bench/make_text_collection.py" --docs "$N" --out "$COLL" >&2
    touch "$COLL/done"
  fi
  IDX=$RUN/index-$N
  log "N=$N a) first ingest (--jobs $JOBS)"
  wait_for_quiet 60
  "$TREE_PEAK" --out "$RUN/$N.ingest1.mem" -- \
    "$TWINDEX" -q ingest "$COLL/docs" --index "$IDX" --jobs "$JOBS" --report "$RUN/$N.ingest1.json"
  log "N=$N b) index size"
  du -sb "$IDX" | cut -f1 >"$RUN/$N.index-bytes"
  # Each table summed over the shards (shard-NN/), or of the one database an old index is; %.0f,
  # as mawk's %d stops at 2^31-1 (a table of 2 GiB or more read as 2048 MiB).
  find "$IDX" -maxdepth 2 -name '*.glass' -printf '%f\t%s\n' |
    awk -F'\t' '{ sub(/\.glass$/, "", $1); bytes[$1] += $2 } END { for (t in bytes) printf "%s\t%.0f\n", t, bytes[t] }' \
    >"$RUN/$N.tables.tsv"
  log "N=$N c) re-ingest, nothing changed"
  wait_for_quiet 60
  "$TREE_PEAK" --out "$RUN/$N.ingest2.mem" -- \
    "$TWINDEX" -q ingest "$COLL/docs" --index "$IDX" --jobs "$JOBS" --report "$RUN/$N.ingest2.json"
  log "N=$N d) twindex search as a subprocess, ${CLI_ROUNDS:-5} rounds"
  TWINDEX=$TWINDEX IDX=$IDX QUERIES=$QUERIES ROUNDS=${CLI_ROUNDS:-5} OUT=$RUN/$N.cli.json \
  python3 - <<'EOF'
import json, os, shlex, subprocess, time
env = os.environ
runs, per = [], {}
queries = []
with open(env["QUERIES"], encoding="utf-8") as f:
    rows = [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
for name, query, cities, lang, date_from, date_to, facets in rows[1:]:
    argv = [env["TWINDEX"], "search", "--index", env["IDX"]]
    argv += [a for c in ([] if cities == "-" else cities.split("|")) for a in ("--city", c)]
    argv += ["--lang", lang] if lang != "-" else []
    argv += ["--from", date_from] if date_from != "-" else []
    argv += ["--to", date_to] if date_to != "-" else []
    argv += ["--facets"] if facets == "1" else []
    argv += ["--"] + shlex.split(query) if query != "-" else []
    queries.append((name, argv))
for _ in range(int(env["ROUNDS"])):
    for name, argv in queries:
        start = time.perf_counter()
        p = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        ms = (time.perf_counter() - start) * 1000
        if p.returncode:
            raise SystemExit(f"{name}: {' '.join(argv)} failed: {p.stderr.decode()}")
        runs.append(ms)
        per.setdefault(name, []).append(ms)
runs.sort()
pct = lambda v, p: v[max(0, min(len(v), int(p / 100 * len(v) + 0.999999)) - 1)]
json.dump({"queries": len(queries), "rounds": int(env["ROUNDS"]), "p50_ms": pct(runs, 50),
           "p95_ms": pct(runs, 95), "p99_ms": pct(runs, 99),
           "per_query_median_ms": {k: sorted(v)[(len(v) - 1) // 2] for k, v in per.items()}},
          open(env["OUT"], "w"))
EOF
  log "N=$N e) query_latency in process, ${QUERY_ROUNDS:-20} rounds"
  "$QUERY_LATENCY" --index "$IDX" --queries "$QUERIES" --rounds "${QUERY_ROUNDS:-20}" --verbose \
    --json "$RUN/$N.ql.json" >"$RUN/$N.ql.txt"
  if [[ -n ${KEEP_INDEX:-} ]]; then
    mkdir -p "$KEEP_INDEX" && rm -rf "$KEEP_INDEX/index-$N" && mv "$IDX" "$KEEP_INDEX/index-$N"
  else
    rm -rf "$IDX"
  fi
done

RUN=$RUN WORK=$WORK JSON_OUT=$JSON_OUT JOBS=$JOBS NS="${NS[*]}" python3 - <<'EOF'
import json, os, statistics
env = os.environ
run, work = env["RUN"], env["WORK"]
ns = [int(n) for n in env["NS"].split()]
load = lambda name: json.load(open(os.path.join(run, name)))
mib = 1024 * 1024
cols, out = {}, {"jobs": int(env["JOBS"]), "sizes": {}}
tables = set()
for n in ns:
    man = json.load(open(os.path.join(work, f"text-{n}", "manifest.json")))
    m1, m2 = load(f"{n}.ingest1.mem"), load(f"{n}.ingest2.mem")
    r1, r2 = load(f"{n}.ingest1.json"), load(f"{n}.ingest2.json")
    cli, ql = load(f"{n}.cli.json"), load(f"{n}.ql.json")
    idx_bytes = int(open(os.path.join(run, f"{n}.index-bytes")).read())
    per_table = dict((t, int(b)) for t, b in
                     (l.split("\t") for l in open(os.path.join(run, f"{n}.tables.tsv")).read().split("\n") if l))
    tables |= set(per_table)
    cpu1 = m1["user_s"] + m1["sys_s"]
    cols[n] = c = {
        "docs": man["docs"], "text_mb": man["bytes"] / 1e6, "tokens": man["tokens"],
        "distinct_words": man.get("distinct_words"), "pages": man["pages"],
        "ingest_s": m1["seconds"], "docs_per_s": man["docs"] / m1["seconds"],
        "cpu_s": cpu1, "cpu_s_per_mb": cpu1 / (man["bytes"] / 1e6),
        "peak_rss_tree_mib": m1["peak_rss_total_kb"] / 1024,
        "peak_pss_tree_mib": m1["peak_pss_total_kb"] / 1024,
        "peak_rss_parent_mib": m1["peak_rss_root_kb"] / 1024,
        "others_cores": max(m1["others_cores"], m2["others_cores"]),
        "index_mib": idx_bytes / mib, "index_bytes_per_doc": idx_bytes / man["docs"],
        "index_over_text": idx_bytes / man["bytes"],
        "tables_mib": {t: b / mib for t, b in per_table.items()},
        "reingest_s": m2["seconds"], "reingest_share": m2["seconds"] / m1["seconds"],
        "cli_p50_ms": cli["p50_ms"], "cli_p95_ms": cli["p95_ms"], "cli_p99_ms": cli["p99_ms"],
        "open_ms": ql["open_ms"], "first_ms": ql["first_ms"], "p50_ms": ql["p50_ms"],
        "p95_ms": ql["p95_ms"], "p99_ms": ql["p99_ms"], "no_hit_queries": ql["no_hits"],
        "checks": []}
    counts1, counts2 = r1["counts"], r2["counts"]
    if counts1["new"] != man["docs"] or counts1["failed"]:
        c["checks"].append(f"first ingest: {counts1['new']} new, {counts1['failed']} failed")
    if counts2["unchanged"] != man["docs"] or counts2["new"] or counts2["updated"]:
        c["checks"].append(f"re-ingest did work: {counts2}")
    if counts1.get("pages") != man["pages"]:
        c["checks"].append(f"first ingest indexed {counts1.get('pages')} pages of {man['pages']}")
    c["query_latency"] = ql
    c["cli"] = cli
    out["sizes"][n] = c
startup = sorted(int(l) / 1000 for l in open(os.path.join(run, "sample-startup-us.txt")))
out["sample_search_startup_ms"] = statistics.median(startup)

rows = [
    ("documents", "docs", "{:.0f}"), ("text MB", "text_mb", "{:.1f}"),
    ("pages", "pages", "{:.0f}"), ("words (tokens)", "tokens", "{:.0f}"),
    ("distinct words", "distinct_words", "{:.0f}"),
    ("first ingest s", "ingest_s", "{:.2f}"), ("  docs/s", "docs_per_s", "{:.0f}"),
    ("  CPU s", "cpu_s", "{:.1f}"), ("  CPU s per MB text", "cpu_s_per_mb", "{:.2f}"),
    ("  peak RSS tree MiB", "peak_rss_tree_mib", "{:.0f}"),
    ("  peak PSS tree MiB", "peak_pss_tree_mib", "{:.0f}"),
    ("  peak RSS parent MiB", "peak_rss_parent_mib", "{:.0f}"),
    ("index MiB", "index_mib", "{:.1f}")]
rows += [(f"  {t}.glass MiB", ("tables_mib", t), "{:.1f}") for t in sorted(tables)]
rows += [
    ("  bytes per doc", "index_bytes_per_doc", "{:.0f}"), ("  index / text", "index_over_text", "{:.2f}"),
    ("re-ingest s", "reingest_s", "{:.2f}"), ("  of first ingest", "reingest_share", "{:.1%}"),
    ("CLI search p50 ms", "cli_p50_ms", "{:.1f}"), ("  p95 ms", "cli_p95_ms", "{:.1f}"),
    ("  p99 ms", "cli_p99_ms", "{:.1f}"),
    ("in-process open ms", "open_ms", "{:.2f}"), ("  first query ms", "first_ms", "{:.2f}"),
    ("  p50 ms", "p50_ms", "{:.2f}"), ("  p95 ms", "p95_ms", "{:.2f}"), ("  p99 ms", "p99_ms", "{:.2f}"),
    ("  queries without hits", "no_hit_queries", "{:.0f}"),
    ("others (cores)", "others_cores", "{:.2f}")]
def value(c, key):
    v = c[key[0]].get(key[1]) if isinstance(key, tuple) else c[key]
    return v
q = next(iter(cols.values()))["query_latency"]
print(f"\nScale benchmark: plain-text collections (make_text_collection.py, seed 1), "
      f"ingest --jobs {env['JOBS']}, {os.cpu_count()} cores; {q['queries']} queries "
      f"(scale_queries.tsv), CLI {next(iter(cols.values()))['cli']['rounds']} rounds, "
      f"in process {q['rounds']} rounds")
print(f"{'N':24}" + "".join(f"{n:>14}" for n in ns))
for label, key, fmt in rows:
    cells = []
    for n in ns:
        v = value(cols[n], key)
        cells.append(f"{'-' if v is None else fmt.format(v):>14}")
    print(f"{label:24}" + "".join(cells))
print(f"sample-docs index: `twindex search Grodno` start-up, median of 10: "
      f"{out['sample_search_startup_ms']:.0f} ms")
checks = [f"N={n}: {x}" for n in ns for x in cols[n]["checks"]]
print("checks: " + ("all passed (documents, pages, re-ingest did nothing)" if not checks
                    else "FAILED\n  " + "\n  ".join(checks)))
busy = max(c["others_cores"] for c in cols.values())
if busy > 0.2:
    print(f"note: the machine was not idle (up to {busy:.2f} cores used by other processes "
          "during an ingest): the figures are not trustworthy")
out["checks"] = checks
if env["JSON_OUT"]:
    with open(env["JSON_OUT"], "w") as f:
        json.dump(out, f, indent=2)
raise SystemExit(1 if checks else 0)
EOF
