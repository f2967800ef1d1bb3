#!/usr/bin/env bash
# Benchmark (a command, not a test; see docs/benchmarks.md, "Live chat"): CHATS concurrent live chats, an agent
# answering each through the staff API from AGENTS threads; the latency from the answer's 201 to the frame on the
# visitor's socket (goal of issue #14: p95 ≤ 200 ms). Each visitor speaks from its own address (X-Forwarded-For,
# the portal trusting 127.0.0.1 as its proxy), so the limit of 3 new chats per address does not apply.
#
#   bench/livechat-benchmark.sh                       (needs: curl, java, mvn; ~4 minutes on 2 cores)
#   CHATS=500 bench/livechat-benchmark.sh
# AGENTS > 1 answers from several threads at once, all as the one demo account "agent".
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/lib.sh
bench_usage "$@"
CHATS=${CHATS:-200}
AGENTS=${AGENTS:-1}
PORT=${BENCH_PORT:-18495}
WORK="$ROOT/target/bench-livechat"
DATA="$WORK/data"

bench_require curl java mvn
bench_build -o
rm -rf "$WORK"; mkdir -p "$DATA"
trap stop_portal EXIT
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dportal.livechat.hours=always -Dportal.trusted-proxies=127.0.0.1"
echo "== starting the portal"
start_portal
echo "== load: $CHATS chats, $AGENTS agent threads ($(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
java bench/LiveChatBench.java "http://127.0.0.1:$PORT" "${BENCH_PASSWORD:-Bench-Sandi-2024}" "$CHATS" "$AGENTS" | tee "$WORK/bench.txt"

# the figures above as one line for bench/all.sh
mapfile -t FIGURES < <(sed -nE \
  -e 's/^([0-9]+) chats started in ([0-9.,]+) s$/started=\1\nstart_s=\2/p' \
  -e 's/^([0-9]+) answers in ([0-9.,]+) s \(([0-9.,]+)\/s\); answer .* p50 ([0-9]+) ms, p95 ([0-9]+) ms, max ([0-9]+) ms; not arrived within 30 s: ([0-9]+)$/answers=\1\nanswers_s=\2\nanswers_rate=\3\np50_ms=\4\np95_ms=\5\nmax_ms=\6\nlost=\7/p' \
  "$WORK/bench.txt")
bench_result livechat chats="$CHATS" agents="$AGENTS" "${FIGURES[@]}"
