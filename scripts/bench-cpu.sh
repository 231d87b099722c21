#!/usr/bin/env bash
# Server CPU time per request, route by route (docs/benchmarks.md, "CPU per request"): a
# release build on the demo data plus a 300-seat forum with a 50-motion session, `wrk -c8`
# against 127.0.0.1, and the server's user+system time from /proc/PID/stat over each run,
# divided by the requests answered. Throughput on this shared 2-core machine says little;
# CPU per request does not depend on what else runs. Each route is compared with /health
# measured in the same run. Not part of `swift test`.
#
#   scripts/bench-cpu.sh [--db /tmp/secretariado-cpu.sqlite] [--postgres URL] [--port 8191]
#                        [--duration 4] [--connections 8] [--skip-build] [--out DIR] [--bin PATH]
#
# --bin runs another build of `secretariado` (e.g. a debug one, to try the script; its
# figures are not comparable with the targets, which are for release builds).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=/tmp/secretariado-cpu.sqlite PG_URL="" PORT=8191 DURATION=4 CONNECTIONS=8 BUILD=1 OUT=/tmp/secretariado-cpu BIN=""
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB=$2; shift 2 ;;
    --postgres) PG_URL=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --skip-build) BUILD=0; shift ;;
    --out) OUT=$2; shift 2 ;;
    --bin) BIN=$2; BUILD=0; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"
RESULTS="$OUT/cpu.md"
: > "$RESULTS"
say() { echo "$*" | tee -a "$RESULTS"; }

if [ -n "$PG_URL" ]; then
  export DATABASE_URL="$PG_URL"; unset SECRETARIADO_DB || true; BACKEND="PostgreSQL"
else
  unset DATABASE_URL || true; export SECRETARIADO_DB="$DB"; BACKEND="SQLite ($DB)"
fi
export LOG_LEVEL=error
[ "$BUILD" = 1 ] && swift build -c release --product secretariado >/dev/null
[ -n "$BIN" ] || BIN="$(swift build -c release --show-bin-path)/secretariado"
TICK=$(getconf CLK_TCK)

# --- data: the demo, and a 300-seat forum whose session has 50 motions --------------------
if [ "$("$BIN" bench count 2>/dev/null || echo 0)" -lt 16 ]; then
  "$BIN" demo load >/dev/null
fi
if [ ! -s "$OUT/forum/slug.txt" ] || [ "$(cat "$OUT/forum/backend" 2>/dev/null)" != "$BACKEND" ]; then
  rm -rf "$OUT/forum"
  "$BIN" bench votes-setup --seats 300 --motions 50 --out "$OUT/forum" >/dev/null
  echo "$BACKEND" > "$OUT/forum/backend"
fi

SERVER_PID=""
start_server() {
  "$BIN" serve --hostname 127.0.0.1 --port "$PORT" >"$OUT/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && return 0; sleep 0.05; done
  echo "server did not start" >&2; exit 1
}
stop_server() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }
trap stop_server EXIT
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }

HEALTH_US=""
measure() { # label path target [wrk args...]
  local label=$1 path=$2 target=$3; shift 3
  local url="http://127.0.0.1:$PORT$path"
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url" 2>/dev/null || true)
  wrk -t2 -c"$CONNECTIONS" -d1s "$url" "$@" >/dev/null 2>&1 || true
  local before after out requests us ratio verdict
  before=$(cpu_ticks)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "$@" "$url")
  after=$(cpu_ticks)
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  if [ "${requests:-0}" = 0 ]; then
    say "| $label | $status | 0 | none answered in ${DURATION} s | — | ≤ ${target}× | **no** |"
    return 0
  fi
  us=$(echo "scale=1; ($after - $before) * 1000000 / $TICK / $requests" | bc)
  [ -z "$HEALTH_US" ] && HEALTH_US=$us
  ratio=$(echo "scale=1; $us / $HEALTH_US" | bc)
  verdict=$(echo "$ratio <= $target" | bc)
  [ "$verdict" = 1 ] && verdict="yes" || verdict="**no**"
  [ "$label" = "/health" ] && verdict="—"
  say "| $label | $status | $requests | $(echo "scale=2; $us / 1000" | bc) | ${ratio}× | ≤ ${target}× | $verdict |"
}

routes() { # [extra curl/wrk header arguments]
  local forum session concluded convened
  forum=$(cat "$OUT/forum/slug.txt")
  session=$(curl -sf "http://127.0.0.1:$PORT/api/v1/secretariats/$forum/sessions" | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d if isinstance(d, list) else d["items"]; print(d[0]["id"])')
  concluded=$(curl -sf "http://127.0.0.1:$PORT/api/v1/secretariats/jalisco/sessions" | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d if isinstance(d, list) else d["items"]; print([s for s in d if s["status"] == "concluida"][0]["id"])')
  HEALTH_US=""
  say "| route | status | requests | CPU ms/request | × /health | target | met |"
  say "|---|---:|---:|---:|---:|---:|---|"
  measure "/health" "/health" 1 "$@"
  measure "/" "/" 10 "$@"
  measure "/comparativo" "/comparativo" 10 "$@"
  measure "/seguimiento" "/seguimiento" 10 "$@"
  measure "/stl/jalisco" "/stl/jalisco" 10 "$@"
  measure "/stl/jalisco/acuerdos" "/stl/jalisco/acuerdos" 10 "$@"
  measure "/stl/jalisco/plan-de-accion" "/stl/jalisco/plan-de-accion" 10 "$@"
  measure "/stl/jalisco/finanzas" "/stl/jalisco/finanzas" 10 "$@"
  measure "/stl/jalisco/sesiones" "/stl/jalisco/sesiones" 10 "$@"
  measure "/stl/jalisco/sesiones/{concluded}" "/stl/jalisco/sesiones/$concluded" 10 "$@"
  measure "/stl/jalisco/sesiones/{concluded}/minuta" "/stl/jalisco/sesiones/$concluded/minuta" 10 "$@"
  measure "/api/v1/…/jalisco/sessions/{concluded}" "/api/v1/secretariats/jalisco/sessions/$concluded" 10 "$@"
  measure "/stl/{300 seats}/sesiones/{50 motions}" "/stl/$forum/sesiones/$session" 10 "$@"
  measure "/api/v1/…/{300 seats}/sessions/{50 motions}" "/api/v1/secretariats/$forum/sessions/$session" 10 "$@"
  measure "/api/v1/…/{300 seats}/sessions/{50 motions}/motions" "/api/v1/secretariats/$forum/sessions/$session/motions" 10 "$@"
  measure "/api/v1/…/jalisco/popolo.json" "/api/v1/secretariats/jalisco/popolo.json" 30 "$@"
  measure "/api/v1/…/jalisco/sessions.ics" "/api/v1/secretariats/jalisco/sessions.ics" 30 "$@"
}

say "## CPU per request on $BACKEND, $(date -u +%Y-%m-%dT%H:%MZ)"
say ""
say "- $(nproc) cores, load before the run: $(cut -d' ' -f1-3 /proc/loadavg); wrk -t2 -c$CONNECTIONS -d${DURATION}s after 1 s of warm-up; server CPU from /proc/PID/stat (ticks of 1/$TICK s)"
say ""
say "### Page cache off (SECRETARIADO_PAGE_CACHE=0)"
say ""
export SECRETARIADO_PAGE_CACHE=0
start_server
routes
say ""
say "- peak RSS (VmHWM) with the cache off: $(awk '$1 == "VmHWM:" {printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status") MB"
stop_server
unset SECRETARIADO_PAGE_CACHE
say ""
say "### Page cache on (anonymous, gzip)"
say ""
start_server
routes -H "Accept-Encoding: gzip"
stop_server
say ""
say "Results in $RESULTS"
