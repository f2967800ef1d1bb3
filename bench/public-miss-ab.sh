#!/usr/bin/env bash
# Benchmark (a command, not a test; see docs/benchmarks.md, "Listing misses, the evening of 5 December 2026"):
# phase (a) of bench/public-pages-benchmark.sh alone, to compare one change at a time in alternating runs (a build,
# JVM options, the page cache on or off). Needs the data its last run left in target/bench-public (run that
# benchmark once first). Starts the portal on that database as the benchmarks do, asks the last 30.000 addresses of
# the shuffled miss list until the JIT compiler has settled (warm_until_settled in bench/lib.sh, as that benchmark:
# WARMUP_MIN, default 45 s, at most WARMUP_MAX, default 300 s), then the others for DURATION (default 20s), each once,
# with CONNECTIONS connections (default 16); prints requests/s, p50, p95 and p99 and a RESULT line. With the page
# cache off (as phase (a) now runs) every page is rendered; with it on (PAGE_CACHE=on, its defaults) the warm-up's
# addresses asked twice are kept and answered from it, so the warm-up warms less of the rendering.
#
#   bench/public-miss-ab.sh                              (needs: wrk, curl, java, mvn)
#   SKIP_BUILD=1 PAGE_CACHE=on bench/public-miss-ab.sh   (the page cache with its defaults; default off:
#                                                        portal.site.cache.max-megabytes=0)
#   SKIP_BUILD=1 BENCH_JVM="-Xmx1g -XX:+UseG1GC" DURATION=15s bench/public-miss-ab.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/lib.sh
bench_usage "$@"
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${BENCH_PORT:-18496}
SOURCE="$ROOT/target/bench-public"
DATA="$SOURCE/data"
WORK="$ROOT/target/bench-public-ab"
export BENCH_START_SECONDS=${BENCH_START_SECONDS:-1200}

bench_require wrk curl java mvn
[ -f "$SOURCE/miss-urls.txt" ] && [ -f "$DATA/db/portal.mv.db" ] \
  || { echo "no data of bench/public-pages-benchmark.sh in $SOURCE: run it once first" >&2; exit 1; }
[ -n "${SKIP_BUILD:-}" ] || bench_build -o
mkdir -p "$WORK"
case "${PAGE_CACHE:=off}" in
  on) ;;
  off) BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dportal.site.cache.max-megabytes=0" ;;
  *) echo "PAGE_CACHE is on or off" >&2; exit 1 ;;
esac
export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-}"
trap stop_portal EXIT

tail -n 30000 "$SOURCE/miss-urls.txt" > "$WORK/warm-urls.txt"
head -n "$(( $(wc -l < "$SOURCE/miss-urls.txt") - 30000 ))" "$SOURCE/miss-urls.txt" > "$WORK/measured-urls.txt"
echo "== start ($(bench_jvm_options | tr -s ' '), page cache $PAGE_CACHE)"
start_portal
warm_until_settled "http://127.0.0.1:$PORT" "$WORK/warm-urls.txt" 2
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/public-miss.lua "http://127.0.0.1:$PORT" \
  -- "$WORK/measured-urls.txt" 2 > "$WORK/miss.txt"
kv() { sed -n "s/^$1=//p" "$WORK/miss.txt"; }
RPS=$(awk '/Requests\/sec/ { print $2 }' "$WORK/miss.txt")
printf "listing_miss %s req/s   p50 %s ms   p95 %s ms   p99 %s ms   (%s requests, %s not 2xx)\n" \
  "$RPS" "$(kv p50_ms)" "$(kv p95_ms)" "$(kv p99_ms)" "$(kv requests)" "$(kv non_2xx)"
bench_result public-miss-ab page_cache="$PAGE_CACHE" connections="$CONNECTIONS" duration="$DURATION" rps="$RPS" \
  warmup_s="$WARMED_S" warm_settled="$WARM_SETTLED" \
  p50_ms="$(kv p50_ms)" p95_ms="$(kv p95_ms)" p99_ms="$(kv p99_ms)" requests="$(kv requests)" non_2xx="$(kv non_2xx)"
