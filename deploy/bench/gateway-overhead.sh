#!/usr/bin/env bash
# Gateway overhead, measured side by side against calling the service directly, with the local
# stack running (README: start command). Needs wrk (Debian package wrk).
#   deploy/bench/gateway-overhead.sh [seconds] [connections]
# Each path is warmed up first (WARMUP seconds, default 5: enough for the client compiler the local stack runs its
# JVMs with). A gateway on both compilers, as deployed, needs about 90: the optimizing compiler's work on the hot
# paths takes about a minute of load at this rate and would otherwise be counted in the run.
# Start the stack with the per-client rate limit out of the way, or the gateway answers 429s:
#   ESTATECARE_GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND=1000000 ESTATECARE_GATEWAY_RATE_LIMIT_BURST=1000000 \
#     java -jar deploy/local/stack/target/local-stack-exec.jar
# With JWT: GET /api/estates?size=5 (the gateway validates the token, routes, the service validates
# again). Without JWT: the service's OpenAPI document (public, cached), so only routing is measured.
set -euo pipefail
SECONDS_PER_RUN=${1:-15}
CONNECTIONS=${2:-16}
WARMUP=${WARMUP:-5}
GATEWAY=${GATEWAY:-http://127.0.0.1:8080}
REGISTRY=${REGISTRY:-http://127.0.0.1:8081}
ISSUER=${ISSUER:-http://127.0.0.1:8180/realms/estatecare}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

# a token for each path: a development token lives five minutes, shorter than warm-up and run of all four
token() { curl -sf -d grant_type=password -d client_id=estatecare-cli -d username=admin -d password=demo \
  "$ISSUER/protocol/openid-connect/token" | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])'; }

# the process listening on a port (its CPU time is read from /proc around each run)
# (none found: another user's process, a container's proxy, no ss; then no CPU figure is printed for it)
listener() { local port=${1##*:}; port=${port%%/*}
  { ss -Hltnp "sport = :$port" 2>/dev/null || true; } | { grep -o 'pid=[0-9]*' || true; } | head -1 | cut -d= -f2; }
cpu_ticks() { [ -n "$1" ] && awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# which compilers a process runs with: the local stack starts its JVMs on the client compiler alone (a faster start),
# a deployment runs both
compilers() { [ -n "$1" ] && [ -r "/proc/$1/cmdline" ] || { echo "unknown"; return; }
  if tr '\0' '\n' < "/proc/$1/cmdline" | grep -q '^-XX:TieredStopAtLevel=1$'; then echo "client compiler only"; else echo "both compilers"; fi; }
GATEWAY_PID=$(listener "$GATEWAY"); SERVICE_PID=$(listener "$REGISTRY")
TICKS=$(getconf CLK_TCK)

run() { # name url [jwt]
  local name=$1 url=$2 auth=(); [ "${3:-}" = jwt ] && auth=(-H "Authorization: Bearer $(token)")
  set -- "${auth[@]}"
  local gateway_pid=""; [[ $url == "$GATEWAY"* ]] && gateway_pid=$GATEWAY_PID
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "$@" "$url" > /dev/null    # warm-up
  local g0 s0; g0=$(cpu_ticks "$gateway_pid"); s0=$(cpu_ticks "$SERVICE_PID")
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$@" "$url" > "$WRK_OUT"
  local g1 s1; g1=$(cpu_ticks "$gateway_pid"); s1=$(cpu_ticks "$SERVICE_PID")
  awk -v n="$name" -v g=$((g1 - g0)) -v s=$((s1 - s0)) -v hz="$TICKS" -v gw="$gateway_pid" -v svc="$SERVICE_PID" \
      '/requests in/ {req=$1} /Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
        END {cpu = (gw && req ? sprintf("gateway %.2f", g * 1000 / hz / req) : "gateway    -") "  " (svc && req ? sprintf("service %.2f", s * 1000 / hz / req) : "");
             printf "%-28s %10s req/s  p50 %8s  p99 %8s   CPU ms/request: %s%s\n", n, rps, p50, p99, cpu, bad ? "  INVALID: " bad " non-2xx answers" : ""}' "$WRK_OUT"
}
WRK_OUT=$(mktemp); trap 'rm -f "$WRK_OUT"' EXIT

echo "wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s after a ${WARMUP} s warm-up each, a new token for each path"
echo "gateway (pid ${GATEWAY_PID:-?}): $(compilers "$GATEWAY_PID"); service (pid ${SERVICE_PID:-?}): $(compilers "$SERVICE_PID")"
echo "CPU ms/request: the CPU time the gateway's and the service's processes spent during the run, per request"
run "direct, JWT"      "$REGISTRY/api/estates?size=5"      jwt
run "gateway, JWT"     "$GATEWAY/api/estates?size=5"       jwt
run "direct, no JWT"   "$REGISTRY/v3/api-docs"
run "gateway, no JWT"  "$GATEWAY/v3/api-docs/registry"
