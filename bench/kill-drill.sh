#!/usr/bin/env bash
# Kill under load: public submissions at a steady rate, the server killed with `kill -9` in the middle, restarted;
# then counts whether every acknowledged submission (201 with a number) is there with its file, nothing is
# half-stored and no number was given twice (docs/security.md, "Kill under load").
#
#   bench/kill-drill.sh                      (H2 under target/kill-drill, 4 submissions a second, kill after 30 s)
#   RATE=8 KILL_AFTER=60 bench/kill-drill.sh
#   BENCH_DB_URL=jdbc:postgresql://127.0.0.1:55432/drill BENCH_DB_USER=portal BENCH_DB_PASSWORD=… bench/kill-drill.sh
#                                            (PostgreSQL: an empty database; the check then reads it with psql's URL)
#
# The submissions are PPID requests with a PDF ID scan and tickets, in turn, each from an address of its own
# (X-Forwarded-For, with 127.0.0.1 trusted as the proxy) so that the per-address allowances do not refuse them.
# Visit bookings are not part of the load: the circular's rules (notice, sessions, a region's two visits a month)
# refuse most generated bookings. Exit status 0 when nothing acknowledged was lost.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source "$ROOT/bench/lib.sh"
bench_usage "${1:-}"
bench_require java mvn curl

PORT=${BENCH_PORT:-18495}
WORK="$ROOT/target/kill-drill"
DATA="$WORK/data"
RATE=${RATE:-4}
KILL_AFTER=${KILL_AFTER:-30}
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar)

rm -rf "$WORK"
mkdir -p "$WORK"
[ -n "${NO_BUILD:-}" ] || bench_build -o
export BENCH_JAVA_OPTS="-Dportal.trusted-proxies=127.0.0.1 ${BENCH_DB_USER:+-Dportal.db.user=$BENCH_DB_USER} ${BENCH_DB_PASSWORD:+-Dportal.db.password=$BENCH_DB_PASSWORD} ${BENCH_DB_URL:+-Dportal.db.class=org.postgresql.ds.PGSimpleDataSource} ${BENCH_JAVA_OPTS:-}"
trap stop_portal EXIT

echo "== first start"
start_portal
BEGAN=$(date +%s)
echo "== load: $RATE submissions a second; kill -9 after $KILL_AFTER s"
java "$ROOT/bench/KillDrill.java" load "$PORT" "$RATE" "$WORK/acked.tsv" > "$WORK/load.log" 2>&1 &
LOAD=$!
sleep "$KILL_AFTER"
kill -9 "$PAYARA_PID"
wait "$PAYARA_PID" 2>/dev/null || true
PAYARA_PID=""
KILLED=$(date +%s)
wait "$LOAD" || true
cat "$WORK/load.log"
echo "== killed after $((KILLED - BEGAN)) s; restart"
mv "$WORK/server.log" "$WORK/server-killed.log"
start_portal
curl -fsS "http://127.0.0.1:$PORT/api/status" > /dev/null
stop_portal
echo "== what was kept"
if [ -n "${BENCH_DB_URL:-}" ]; then
  PG_JAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | tail -1)
  CP="$PG_JAR"
  URL="$BENCH_DB_URL"
else
  CP="$H2_JAR"
  URL="jdbc:h2:file:$DATA/db/portal"
fi
java -cp "$CP" -Ddrill.user="${BENCH_DB_USER:-portal}" -Ddrill.password="${BENCH_DB_PASSWORD:-portal}" \
     "$ROOT/bench/KillDrill.java" verify "$URL" "$DATA" "$WORK/acked.tsv" "$BEGAN"
