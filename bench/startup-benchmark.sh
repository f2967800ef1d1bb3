#!/usr/bin/env bash
# Benchmark (a command, not a test; see docs/benchmarks.md): how long the portal takes to start and how much memory
# it holds. Starts Payara Micro with both WARs as `./portal run` does (demo data, H2 file database, loopback only):
# first on an empty data directory (migrations and demo data included), then RESTARTS more times on that same data
# directory. For each start it prints the milliseconds from launching `java` until both `/` and
# `/portal/login.xhtml` answer 200 (polled every 50 ms), the two applications' own deployment times from Payara's log,
# and the process's resident memory (RSS) right when both answer and, after the native memory freed in start-up
# is given back as `./portal run` does next (jcmd System.trim_native_heap), SETTLE seconds later; and the CPU time
# the process used until both answered: all of it, its main thread's (Payara deploys the two applications one after
# the other on it) and the JIT compiler threads' (docs/benchmarks.md, "The floor of a restart").
#
#   bench/startup-benchmark.sh                        (needs: curl, java, mvn; ~2 minutes on 2 cores)
#   RESTARTS=5 SETTLE=10 bench/startup-benchmark.sh
#   SKIP_BUILD=1 bench/startup-benchmark.sh           (the WARs and payara-micro.jar already built)
#   BENCH_JVM="-Xmx1g -XX:+UseG1GC" bench/startup-benchmark.sh   (JVM options instead of ./portal run's)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/lib.sh
bench_usage "$@"
RESTARTS=${RESTARTS:-3}
SETTLE=${SETTLE:-10}
PORT=${BENCH_PORT:-18510}
WORK="$ROOT/target/bench-startup"
DATA="$WORK/data"

bench_require curl java mvn awk
[ -n "${SKIP_BUILD:-}" ] || bench_build -o
rm -rf "$WORK"; mkdir -p "$DATA"
trap stop_portal EXIT

now_ms() { date +%s%3N; }

# CPU seconds of process $1 so far: "all main jit" (all: the process's own count, threads that ended included
# (process_ticks in bench/lib.sh); main: the thread named java, Payara's main thread; jit: the C1 and C2 compiler
# threads alive now (compiler_ticks))
cpu_s() {
  local hz t main=0
  hz=$(getconf CLK_TCK)
  for t in /proc/"$1"/task/*; do
    [ "$(cat "$t/comm" 2>/dev/null)" = java ] && main=$((main + $(awk '{ print $14 + $15 }' "$t/stat")))
  done
  awk -v hz="$hz" -v all="$(process_ticks "$1")" -v main="$main" -v jit="$(compiler_ticks "$1" | awk '{ s += $2 } END { print s + 0 }')" \
    'BEGIN { printf "%.1f %.1f %.1f\n", all / hz, main / hz, jit / hz }'
}

rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "-"; }

# Payara's "<app> was successfully deployed in N milliseconds." for one application, else "-".
deployed_ms() {
  grep -o "$1 was successfully deployed in [0-9,.]* milliseconds" "$WORK/server.log" | tail -1 \
    | grep -o "[0-9][0-9,.]*" | tr -d ',.' || true
}

ready() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/")" = 200 ] \
    && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/portal/login.xhtml")" = 200 ]
}

ROWS=()
FIGURES=()
measure() {
  local kind=$1 t0 t1 waited=0
  t0=$(now_ms)
  launch_portal
  until ready; do
    kill -0 "$PAYARA_PID" 2>/dev/null || { echo "portal stopped during start-up; see $WORK/server.log" >&2; exit 1; }
    sleep 0.05
    waited=$((waited + 1))
    [ "$waited" -lt 6000 ] || { echo "portal did not start within 5 minutes; see $WORK/server.log" >&2; exit 1; }
  done
  t1=$(now_ms)
  local rss_ready rss_settled web site cpu_all cpu_main cpu_jit
  read -r cpu_all cpu_main cpu_jit < <(cpu_s "$PAYARA_PID")
  rss_ready=$(rss_mb "$PAYARA_PID")
  # then what ./portal run does next: the native memory freed after start-up given back (bench/lib.sh)
  trim_native_heap "$PAYARA_PID"
  sleep "$SETTLE"
  rss_settled=$(rss_mb "$PAYARA_PID")
  web=$(deployed_ms portal-web); site=$(deployed_ms public-site)
  ROWS+=("$(printf '| %s | %s | %s | %s | %s | %s | %s / %s / %s |' "$kind" "$((t1 - t0))" "${web:--}" "${site:--}" "$rss_ready" \
    "$rss_settled" "$cpu_all" "$cpu_main" "$cpu_jit")")
  FIGURES+=("${kind//-/_}_ms=$((t1 - t0))" "${kind//-/_}_web_deployed_ms=$web" "${kind//-/_}_site_deployed_ms=$site" \
    "${kind//-/_}_rss_ready_mb=$rss_ready" "${kind//-/_}_rss_settled_mb=$rss_settled" \
    "${kind//-/_}_cpu_s=$cpu_all" "${kind//-/_}_main_cpu_s=$cpu_main" "${kind//-/_}_jit_cpu_s=$cpu_jit")
  echo "   $kind: both answer after $((t1 - t0)) ms; RSS ${rss_ready} MB, ${rss_settled} MB after ${SETTLE} s;" \
    "CPU until then ${cpu_all} s (main thread ${cpu_main} s, JIT compilers ${cpu_jit} s)"
  cp "$WORK/server.log" "$WORK/server-$kind.log"
  stop_portal
}

echo "== first start on an empty data directory"
measure first
for i in $(seq 1 "$RESTARTS"); do
  echo "== restart $i"
  measure "restart-$i"
done

echo
echo "Java: $(java -version 2>&1 | head -1); JVM $(bench_jvm_options | tr -s ' '); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| start | java → / and /portal/login.xhtml 200 (ms) | portal-web deployed (ms) | public-site deployed (ms) | RSS when ready (MB) | RSS after ${SETTLE} s (MB) | CPU until ready (s): all / main thread / JIT |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${ROWS[@]}"

# the figures above as one line for bench/all.sh
bench_result startup restarts="$RESTARTS" settle_s="$SETTLE" xmx="${BENCH_XMX:-1g}" "${FIGURES[@]}"
