#!/usr/bin/env bash
# Benchmark (a command, not a test; see docs/benchmarks.md, "Email Lapor"): the reporting peak of issue #15, SUBMISSIONS
# reports of SIZE_MB each sent to POST /api/lapor from CLIENTS threads (default 2.000 × 5 MB from 8), each a different
# region and month of the DAU report with its own file (a ZIP, checked by content like any upload), each from its own
# address (X-Forwarded-For, the portal trusting 127.0.0.1 as its proxy) so that the 20-an-hour allowance does not
# apply. Prints the ingest rate (reports and MB a second), the answer times (p50/p95/p99), the disk the files and the
# database took, and checks every report was counted once (GET /portal/api/stats/lapor).
#
#   bench/lapor-benchmark.sh                       (needs: curl, java, mvn, du; ~10 GB free disk; minutes on 2 cores)
#   SUBMISSIONS=200 SIZE_MB=1 bench/lapor-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/lib.sh
bench_usage "$@"
SUBMISSIONS=${SUBMISSIONS:-2000}
SIZE_MB=${SIZE_MB:-5}
CLIENTS=${CLIENTS:-8}
PORT=${BENCH_PORT:-18496}
WORK="$ROOT/target/bench-lapor"
DATA="$WORK/data"

bench_require curl java mvn du
bench_build -o
rm -rf "$WORK"; mkdir -p "$DATA"
trap stop_portal EXIT
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dportal.trusted-proxies=127.0.0.1"
echo "== starting the portal"
start_portal
files_before=$(du -sk "$DATA/files" 2>/dev/null | cut -f1 || echo 0)
db_before=$(du -sk "$DATA/db" | cut -f1)
echo "== load: $SUBMISSIONS reports of $SIZE_MB MB from $CLIENTS clients ($(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
java bench/LaporBench.java "http://127.0.0.1:$PORT" "${BENCH_PASSWORD:-Bench-Sandi-2024}" "$SUBMISSIONS" "$SIZE_MB" "$CLIENTS" \
  | tee "$WORK/bench.txt"
files_after=$(du -sk "$DATA/files" | cut -f1)
db_after=$(du -sk "$DATA/db" | cut -f1)
echo "disk: files +$(( (files_after - files_before) / 1024 )) MB, database +$(( (db_after - db_before) / 1024 )) MB (du)"

# the figures above as one line for bench/all.sh
mapfile -t FIGURES < <(sed -nE \
  -e 's/^([0-9]+) reports of [0-9]+ MB in ([0-9.,]+) s: ([0-9.,]+) reports\/s, ([0-9.,]+) MB\/s; 201: ([0-9]+), other: ([0-9]+)$/sent=\1\nseconds=\2\nrate=\3\nmb_per_s=\4\ncreated=\5\nother=\6/p' \
  -e 's/^answer time p50 ([0-9]+) ms, p95 ([0-9]+) ms, p99 ([0-9]+) ms, max ([0-9]+) ms$/p50_ms=\1\np95_ms=\2\np99_ms=\3\nmax_ms=\4/p' \
  -e "s/^this month's Email Lapor figures: ([0-9]+) before, ([0-9]+) after$/counted_before=\1\ncounted_after=\2/p" \
  "$WORK/bench.txt")
bench_result lapor submissions="$SUBMISSIONS" size_mb="$SIZE_MB" clients="$CLIENTS" "${FIGURES[@]}" \
  files_mb="$(( (files_after - files_before) / 1024 ))" db_mb="$(( (db_after - db_before) / 1024 ))"
