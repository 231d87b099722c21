#!/usr/bin/env bash
# Benchmarks at national scale (docs/benchmarks.md): a release build, a generated dataset,
# wrk against 127.0.0.1, and the vote-write check. Not part of `swift test`.
#
#   scripts/bench.sh [--secretariats 2500] [--years 10] [--db /tmp/secretariado-bench.sqlite]
#                    [--postgres URL] [--port 8190] [--duration 6] [--connections 64]
#                    [--threads 2] [--skip-build] [--out DIR]
#
# With --postgres the same routes run against that (empty or previously generated) database.
# The dataset is generated once and reused while its file (or PostgreSQL data) exists.
set -euo pipefail
cd "$(dirname "$0")/.."

SECRETARIATS=2500 YEARS=10 DB=/tmp/secretariado-bench.sqlite PG_URL="" PORT=8190
DURATION=6 CONNECTIONS=64 THREADS=2 BUILD=1 OUT=/tmp/secretariado-bench TODAY=2026-11-25
while [ $# -gt 0 ]; do
  case "$1" in
    --secretariats) SECRETARIATS=$2; shift 2 ;;
    --years) YEARS=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --postgres) PG_URL=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --skip-build) BUILD=0; shift ;;
    --out) OUT=$2; shift 2 ;;
    --today) TODAY=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"
RESULTS="$OUT/results.md"
: > "$RESULTS"
say() { echo "$*" | tee -a "$RESULTS"; }

if [ -n "$PG_URL" ]; then
  export DATABASE_URL="$PG_URL"; unset SECRETARIADO_DB || true; BACKEND="PostgreSQL"
else
  unset DATABASE_URL || true; export SECRETARIADO_DB="$DB"; BACKEND="SQLite ($DB)"
fi
export LOG_LEVEL=error

[ "$BUILD" = 1 ] && swift build -c release --product secretariado >/dev/null
BIN="$(swift build -c release --show-bin-path)/secretariado"

say "## Run of $(date -u +%Y-%m-%dT%H:%MZ) on $BACKEND"
say ""
say "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) RAM"
say "- $(swift --version 2>/dev/null | head -1)"
say "- load before the run: $(cut -d' ' -f1-3 /proc/loadavg); swift-build running: $(pgrep -f swift-build >/dev/null && echo yes || echo no)"
say "- wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency, after a 2 s warm-up per route"
say ""

# --- dataset ---------------------------------------------------------------------------
COUNT=$("$BIN" bench count 2>/dev/null || echo 0)
if [ "$COUNT" -lt "$SECRETARIATS" ]; then
  say "### Dataset"
  START=$(date +%s.%N)
  "$BIN" demo generate --secretariats "$SECRETARIATS" --years "$YEARS" --today "$TODAY" | tail -1 | tee -a "$RESULTS"
  END=$(date +%s.%N)
  say "- generation wall time: $(echo "$END - $START" | bc) s"
  [ -z "$PG_URL" ] && say "- database file: $(du -h "$DB" | cut -f1)"
  say ""
fi
rm -rf "$OUT/votes" "$OUT/votes-mixed"
"$BIN" bench votes-setup --seats 300 --motions 400 --out "$OUT/votes" >/dev/null
"$BIN" bench votes-setup --seats 300 --motions 400 --out "$OUT/votes-mixed" >/dev/null

# --- analyzer ------------------------------------------------------------------------------
say "### Analyzer"
"$BIN" bench analyze --seats 300 --repeat 300 | tee -a "$RESULTS"
say ""

# --- cold start ----------------------------------------------------------------------------
say "### Cold start"
python3 scripts/bench/coldstart.py "$BIN" "$PORT" 5 | tail -1 | tee -a "$RESULTS"
say ""

# --- load ------------------------------------------------------------------------------------
SERVER_PID=""
start_server() {
  "$BIN" serve --hostname 127.0.0.1 --port "$PORT" >"$OUT/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && return 0; sleep 0.05; done
  echo "server did not start" >&2; exit 1
}
stop_server() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }
trap stop_server EXIT
rss() { awk -v k="$1:" '$1 == k {printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status"; }

to_ms() { # wrk latency "812.00us" / "9.31ms" / "1.02s" -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

HEALTH_RPS=""
measure() { # label url [wrk args...]
  local label=$1 url=$2; shift 2
  [ "${NO_WARMUP:-0}" = 1 ] || wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$@" "$url" >/dev/null 2>&1 || true
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url")
  echo "$out" > "$OUT/wrk-${PASS:-}$(echo "$label" | tr -c 'a-zA-Z0-9' '_').txt"
  local rps p50 p99 errors non2xx ratio
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
  p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}'); non2xx=${non2xx:-0}
  errors=$(echo "$out" | awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}'); errors=${errors:-0}
  # wrk leaves answers slower than its 2 s timeout out of the latencies: say so.
  if [ "$p99" = "0.00" ]; then
    if [ "$(printf '%.0f' "$rps")" = 0 ]; then p50="none in ${DURATION} s"; p99=$p50; else p50="> 2000"; p99="> 2000"; fi
  fi
  [ -z "$HEALTH_RPS" ] && HEALTH_RPS=$rps
  ratio=$(echo "scale=0; 100 * $rps / $HEALTH_RPS" | bc)
  say "| $label | $(printf '%.0f' "$rps") | $p50 | $p99 | ${ratio} % | $(rss VmRSS) MB | $non2xx | $errors |"
}

slug_of() { # first STL of a level, from the public API
  curl -sf "http://127.0.0.1:$PORT/api/v1/secretariats?per=500&page=$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][int(sys.argv[1])]["slug"])' "$2"
}

table_header() {
  say "| route | req/s | p50 ms | p99 ms | vs /health | RSS | non-2xx | socket errors |"
  say "|---|---:|---:|---:|---:|---:|---:|---:|"
}

read_routes() { # [extra wrk arguments, e.g. a header]
  local base="http://127.0.0.1:$PORT" state municipality
  state=$(slug_of 1 0); municipality=$(slug_of 3 17)
  HEALTH_RPS=""
  measure "/health" "$base/health" "$@"
  measure "/" "$base/" "$@"
  measure "/?pagina=13" "$base/?pagina=13" "$@"
  measure "/stl/$municipality" "$base/stl/$municipality" "$@"
  measure "/stl/{2,500 slugs at random}" "$base" -s scripts/bench/random_stl.lua "$@"
  measure "/comparativo" "$base/comparativo" "$@"
  measure "/comparativo?orden=poder_gobierno" "$base/comparativo?orden=poder_gobierno" "$@"
  measure "/api/v1/secretariats" "$base/api/v1/secretariats" "$@"
  measure "/api/v1/secretariats/$municipality/popolo.json" "$base/api/v1/secretariats/$municipality/popolo.json" "$@"
  measure "/api/v1/secretariats/$municipality/sessions.ics" "$base/api/v1/secretariats/$municipality/sessions.ics" "$@"
}

curl_slugs() { # every slug, for random_stl.lua
  local page=1
  : > "$OUT/slugs.txt"
  while :; do
    local got; got=$(curl -sf "http://127.0.0.1:$PORT/api/v1/secretariats?per=500&page=$page" | python3 -c 'import json,sys; items=json.load(sys.stdin)["items"]; print("\n".join(i["slug"] for i in items))')
    [ -z "$got" ] && break
    echo "$got" >> "$OUT/slugs.txt"; page=$((page + 1))
  done
}

say "### Reads with the page cache (default), asking for gzip as browsers and HTTP libraries do"
start_server
curl_slugs
export SLUGS_FILE="$OUT/slugs.txt"
table_header
PASS=gzip- read_routes -H "Accept-Encoding: gzip"
say ""

say "### Reads with the page cache, uncompressed (no Accept-Encoding)"
table_header
PASS=identity- read_routes
say ""

say "### Vote writes (300-seat forum, each request a new (motion, seat) pair, bearer token)"
table_header
# No warm-up here: every vote must be a fresh pair, and the check counts them all.
NO_WARMUP=1 VOTES_DIR="$OUT/votes" VOTES_THREADS="$THREADS" measure "POST …/motions/{id}/votes" \
  "http://127.0.0.1:$PORT" -s scripts/bench/votes.lua
say "- acknowledged: $(awk '{s += $2} END {print s}' "$OUT/votes/acks.txt") votes; statuses: $(tr '\n' ' ' < "$OUT/votes/statuses.txt")"
"$BIN" bench votes-verify --acks "$OUT/votes/acks.txt" --in-flight "$CONNECTIONS" | tee -a "$RESULTS"
say ""

say "### Reads while votes are written (16 connections voting, 48 reading, gzip)"
# A vote raises the data version: the STL's own pages render again, while the national
# directory (/, /comparativo, the STL list) follows a counter that votes leave alone.
MIXED_SECONDS=$((4 * DURATION + 4))
VOTES_DIR="$OUT/votes-mixed" VOTES_THREADS=1 wrk -t1 -c16 -d"${MIXED_SECONDS}s" --latency -s scripts/bench/votes.lua \
  "http://127.0.0.1:$PORT" > "$OUT/wrk-mixed-votes.txt" &
WRITER=$!
sleep 1
table_header
mixed_municipality=$(slug_of 3 17)
HEALTH_RPS=""
for route in /health / /comparativo "/stl/$mixed_municipality"; do
  CONNECTIONS=48 THREADS=1 NO_WARMUP=1 PASS=mixed- measure "$route" "http://127.0.0.1:$PORT$route" -H "Accept-Encoding: gzip"
done
wait "$WRITER"
say "- votes meanwhile: $(awk '/Requests\/sec/ {printf "%.0f", $2}' "$OUT/wrk-mixed-votes.txt")/s, p99 $(awk '$1 == "99%" {print $2}' "$OUT/wrk-mixed-votes.txt")"
"$BIN" bench votes-verify --acks "$OUT/votes-mixed/acks.txt" --in-flight 16 | tee -a "$RESULTS"
say "- peak RSS of the server (VmHWM) over the cached reads and the writes: $(rss VmHWM) MB"
stop_server
say ""

say "### Reads without the page cache (SECRETARIADO_PAGE_CACHE=0): every request renders"
export SECRETARIADO_PAGE_CACHE=0
start_server
table_header
PASS=nocache- read_routes
say "- peak RSS (VmHWM): $(rss VmHWM) MB"
stop_server
unset SECRETARIADO_PAGE_CACHE
say ""
say "Results in $RESULTS; raw wrk output in $OUT/wrk-*.txt"
