#!/usr/bin/env bash
# Platform load: a district's daily mix through the gateway with real Keycloak tokens (Gatling, module
# deploy/bench/load), one run per arrival rate, rising until a rate is not held; alongside, estates exit
# and the time until their agreement shows ended is measured. Needs the local stack running, started
# with the gateway's per-caller rate limit out of the way (or its 429s fail the first step):
#   ESTATECARE_GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND=1000000 ESTATECARE_GATEWAY_RATE_LIMIT_BURST=1000000 \
#     java -jar deploy/local/stack/target/local-stack-exec.jar
#   deploy/bench/platform-load.sh [rates] [seconds per rate]   default: "10 20 40 80 120 160 200 240" 45 (about 9 min)
# A rate is held when the 99th percentile of all calls stays under LOAD_P99_MS (500) and no call fails.
# Settings: LOAD_EXIT_EVERY_MS (2000: one exit every 2 s during each run), LOAD_POLL_MS (25: how often the
# agreement is read after its estate's exit), LOAD_P99_MS, GATEWAY, ISSUER. Each run's Gatling report is
# in deploy/bench/load/target/gatling/ with its output (platform-load-<rate>.log); the table is also written
# there as platform-load.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
RATES=${1:-"10 20 40 80 120 160 200 240"}
HOLD=${2:-45}
GATEWAY=${GATEWAY:-http://127.0.0.1:8080}
ISSUER=${ISSUER:-http://127.0.0.1:8180/realms/estatecare}
RESULTS=deploy/bench/load/target/gatling
command -v python3 >/dev/null || { echo "python3 is missing (it reads Gatling's statistics)" >&2; exit 2; }
curl -sf -o /dev/null "$ISSUER/.well-known/openid-configuration" \
  || { echo "no realm at $ISSUER: start the local stack first (see the top of this script)" >&2; exit 2; }

./mvnw -q -pl deploy/bench/load test-compile
mkdir -p "$RESULTS"
TABLE="$RESULTS/platform-load.txt"
printf '%-8s %9s %9s %8s %8s %8s %7s   %-28s %s\n' "rate/s" "requests" "req/s" "p50 ms" "p99 ms" "max ms" "errors" \
  "exit to agreement ended" "held" | tee "$TABLE"

for RATE in $RATES; do
  LOG="$RESULTS/platform-load-$RATE.log"
  PROPAGATION="$PWD/$RESULTS/propagation-$RATE.json"
  rm -f "$PROPAGATION"
  set +e
  ./mvnw -pl deploy/bench/load gatling:test -Dload.rate="$RATE" -Dload.seconds="$HOLD" \
    -Dload.gateway="$GATEWAY" -Dload.issuer="$ISSUER" -Dload.propagation-report="$PROPAGATION" \
    -Dload.exit-every-ms="${LOAD_EXIT_EVERY_MS:-2000}" -Dload.poll-ms="${LOAD_POLL_MS:-25}" -Dload.p99-ms="${LOAD_P99_MS:-500}" \
    -Dgatling.runDescription="platform load at $RATE arrivals/s for $HOLD s" > "$LOG" 2>&1
  STATUS=$?
  set -e
  if ! grep -q -- "---- Global Information" "$LOG"; then
    echo "the run at $RATE/s did not complete; its output: $LOG" >&2
    tail -30 "$LOG" >&2
    exit 1
  fi
  # the table's figures: Gatling's closing summary (its console output) and the propagation samples
  python3 - "$LOG" "$PROPAGATION" "$RATE" "$STATUS" <<'EOF' | tee -a "$TABLE"
import json, re, sys
log_file, propagation_file, rate, status = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
summary = open(log_file, encoding="utf-8").read().split("---- Global Information")[-1]
def figure(label, column=0):
    cells = re.search(r"> " + re.escape(label) + r"\s*\|([^\n]*)", summary).group(1).split("|")
    value = cells[column].strip().replace(",", "")
    return 0 if value == "-" else float(value)
try:
    p = json.load(open(propagation_file))
    propagation = "p50 %d  p99 %d ms (%d%s)" % (p["p50"], p["p99"], p["samples"],
                                                ", %d not ended" % p["notEnded"] if p["notEnded"] else "")
except (OSError, ValueError):
    propagation = "-"
print("%-8s %9d %9.1f %8d %8d %8d %7d   %-28s %s" % (rate, figure("request count"), figure("mean throughput (rps)"),
      figure("response time 50th percentile (ms)"), figure("response time 99th percentile (ms)"),
      figure("max response time (ms)"), figure("request count", 2), propagation, "yes" if status == 0 else "no"))
EOF
  if grep -q "found 429" "$LOG"; then
    echo "  the gateway answered 429: its per-caller rate limit, not the platform, stopped this rate;" \
      "restart the stack with the limit raised (see the top of this script)" | tee -a "$TABLE"
  fi
  if [ "$STATUS" -ne 0 ]; then
    # the closing summary's errors (the last block of them in the output)
    awk '/^---- Errors/ {block = ""; inside = 1; next} inside && /^(=|-)/ {inside = 0} inside && NF {block = block "  " $0 "\n"}
      END {printf "%s", block}' "$LOG" | tee -a "$TABLE"
    break
  fi
  HELD=$RATE
done

python3 - "$RESULTS" "$RATES" "${HELD:-}" <<'EOF' | tee -a "$TABLE"
import json, os, sys
results, rates, held = sys.argv[1], sys.argv[2].split(), sys.argv[3]
if not held:
    print("highest rate held: none of " + " ".join(rates) + " arrivals/s")
    sys.exit(0)
samples, not_ended = [], 0
for rate in rates[:rates.index(held) + 1]:
    try:
        p = json.load(open(os.path.join(results, "propagation-%s.json" % rate)))
        samples += p["millis"]; not_ended += p["notEnded"]
    except (OSError, ValueError):
        pass
samples.sort()
def pct(q):
    return samples[max(0, min(len(samples) - 1, -(-q * len(samples) // 100) - 1))] if samples else -1
print("highest rate held: %s arrivals/s" % held)
print("exit to agreement ended over the held runs: p50 %d ms, p99 %d ms, max %d ms (%d samples, %d not ended)"
      % (pct(50), pct(99), samples[-1] if samples else -1, len(samples), not_ended))
EOF
