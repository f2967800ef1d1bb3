#!/usr/bin/env bash
# Benchmark (a command, not a test; see docs/benchmarks.md, "WhatsApp webhook"):
# signed webhook deliveries stored durably per second, and the chatbot's reply latency.
# Starts the portal with the WhatsApp channel pointed at a stand-in Cloud API (bench/WhatsAppBench.java, in its own
# JVM), warms it up (rounds of 5.000 deliveries, each followed by the drain of the bot's replies, until the JIT
# compiler settles: at least WARMUP_MIN_ROUNDS, default 2, at most WARMUP_MAX_ROUNDS, default 8; the first round's rate
# is printed as the rate right after a start), posts MESSAGES signed deliveries from NUMBERS numbers over
# CONCURRENCY connections (the rate of 200 answers is the rate stored), lets the bot's replies drain, then has SAMPLES
# new numbers say "Halo" one at a time and times the greeting's arrival at the stand-in.
#
#   bench/whatsapp-benchmark.sh                                  (needs: curl, java, mvn; ~4 minutes on 2 cores)
#   WARMUP_MAX_ROUNDS=1 WARMUP_MIN_ROUNDS=1 bench/whatsapp-benchmark.sh   (one round of warm-up: not comparable)
#   MESSAGES=20000 NUMBERS=2000 CONCURRENCY=16 SAMPLES=100 bench/whatsapp-benchmark.sh
#   BENCH_DB_URL=jdbc:postgresql://127.0.0.1:5432/portal_bench BENCH_JAVA_OPTS="-Dportal.db.user=portal \
#     -Dportal.db.password=..." bench/whatsapp-benchmark.sh                  (on PostgreSQL; see docs)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/lib.sh
bench_usage "$@"
MESSAGES=${MESSAGES:-10000}
NUMBERS=${NUMBERS:-1000}
CONCURRENCY=${CONCURRENCY:-16}
SAMPLES=${SAMPLES:-100}
PORT=${BENCH_PORT:-18493}
STANDIN=${BENCH_STANDIN_PORT:-18494}
SECRET=bench-app-secret
WORK="$ROOT/target/bench-whatsapp"
DATA="$WORK/data"

bench_require curl java mvn
bench_build -o
rm -rf "$WORK"; mkdir -p "$DATA"
trap stop_portal EXIT
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dportal.whatsapp.phone-number-id=1 -Dportal.whatsapp.access-token=bench \
 -Dportal.whatsapp.app-secret=$SECRET -Dportal.whatsapp.api-url=http://127.0.0.1:$STANDIN/v21.0"
echo "== starting the portal"
start_portal
echo "== load: $MESSAGES deliveries from $NUMBERS numbers, $CONCURRENCY connections; then $SAMPLES reply samples"
echo "   ($(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
BENCH_SERVER_PID=$PAYARA_PID java bench/WhatsAppBench.java "http://127.0.0.1:$PORT" "$SECRET" "$STANDIN" "$MESSAGES" "$NUMBERS" "$CONCURRENCY" "$SAMPLES" \
  | tee "$WORK/bench.txt"

# the figures above as one line for bench/all.sh
mapfile -t FIGURES < <(sed -nE \
  -e 's/^store: ([0-9]+) deliveries in ([0-9.,]+) s = ([0-9.,]+)\/s stored \(200\), ([0-9]+) failed.*/stored=\1\nstore_s=\2\nrate=\3\nfailed=\4/p' \
  -e 's/^store: the portal.s JVM used ([0-9.,]+) s of CPU = ([0-9.,]+) ms per delivery.*/server_cpu_s=\1\ncpu_ms_per_delivery=\2/p' \
  -e 's/^warm-up: ([0-9]+) rounds, ([0-9]+) deliveries, the compiler settled: ([a-z]+) \(([0-9]+)% .*right after the start ([0-9.,]+)\/s.*/warmup_rounds=\1\nwarmup_deliveries=\2\nwarmup_settled=\3\nwarmup_compiler_pct=\4\nfirst_rate=\5/p' \
  -e 's/^store: the load generator .* = ([0-9.,]+) ms per delivery.*/client_cpu_ms_per_delivery=\1/p' \
  -e 's/^reply: ([0-9]+) samples, p50 ([0-9.,]+) ms, p95 ([0-9.,]+) ms, max ([0-9.,]+) ms.*/reply_samples=\1\nreply_p50_ms=\2\nreply_p95_ms=\3\nreply_max_ms=\4/p' \
  "$WORK/bench.txt")
case "${BENCH_DB_URL:-}" in jdbc:postgresql:*) DB=postgresql ;; *) DB=h2 ;; esac
bench_result whatsapp messages="$MESSAGES" numbers="$NUMBERS" concurrency="$CONCURRENCY" samples="$SAMPLES" db="$DB" \
  "${FIGURES[@]}"
