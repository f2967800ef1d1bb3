#!/usr/bin/env bash
# Backup and restore under load: public submissions at a steady rate; in the middle the documented backup is taken
# (`./portal backup`: POST /portal/api/admin/backups); the load goes on, the portal stops; the backup is restored
# with `./portal restore` into an empty data directory and the portal started on it. Then counts whether every
# submission acknowledged before the backup began (201 with a number) is there with its file (docs/security.md,
# "Backup and restore").
#
#   bench/backup-drill.sh                         (H2 under target/backup-drill, 4 a second, backup after 20 s)
#   RATE=8 BACKUP_AFTER=40 AFTER=20 bench/backup-drill.sh
#
# The submissions are those of bench/kill-drill.sh (PPID requests with a PDF ID scan, and tickets, in turn, each
# from an address of its own). Exit status 0 when nothing acknowledged before the backup is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source "$ROOT/bench/lib.sh"
bench_usage "${1:-}"
bench_require java mvn curl jar

PORT=${BENCH_PORT:-18496}
WORK="$ROOT/target/backup-drill"
DATA="$WORK/data"
RATE=${RATE:-4}
BACKUP_AFTER=${BACKUP_AFTER:-20}
AFTER=${AFTER:-10}
PASSWORD=${BENCH_PASSWORD:-Bench-Sandi-2024}
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar)

rm -rf "$WORK"
mkdir -p "$WORK"
[ -n "${NO_BUILD:-}" ] || bench_build -o
export BENCH_JAVA_OPTS="-Dportal.trusted-proxies=127.0.0.1 -Dportal.backup.at=off ${BENCH_JAVA_OPTS:-}"
trap stop_portal EXIT

echo "== start on an empty data directory"
start_portal
echo "== load: $RATE submissions a second; backup after $BACKUP_AFTER s, then $AFTER s more"
java "$ROOT/bench/KillDrill.java" load "$PORT" "$RATE" "$WORK/acked.tsv" > "$WORK/load.log" 2>&1 &
LOAD=$!
sleep "$BACKUP_AFTER"
# everything acknowledged until now must be in the backup
cp "$WORK/acked.tsv" "$WORK/acked-before-backup.tsv"
T0=$(date +%s%N)
ANSWER=$(PORTAL_PORT=$PORT PORTAL_BACKUP_USER=admin PORTAL_BACKUP_PASSWORD=$PASSWORD ./portal backup)
T1=$(date +%s%N)
echo "$ANSWER"
ZIP=$(echo "$ANSWER" | sed -n 's/.*"path":"\([^"]*\)".*/\1/p')
sleep "$AFTER"
stop_portal
wait "$LOAD" || true
cat "$WORK/load.log"
ACKED=$(grep -c . "$WORK/acked.tsv" || true)
BEFORE=$(grep -c . "$WORK/acked-before-backup.tsv" || true)
echo "== acknowledged: $ACKED in all, $BEFORE before the backup began; backup took $(( (T1 - T0) / 1000000 )) ms, $(du -h "$ZIP" | cut -f1)"

echo "== restore into an empty data directory and start on it"
RESTORED="$WORK/restored"
PORTAL_DATA_DIR="$RESTORED" PORTAL_PORT=$PORT ./portal restore "$ZIP"
mv "$WORK/server.log" "$WORK/server-before.log"
DATA="$RESTORED"
start_portal
curl -fsS "http://127.0.0.1:$PORT/api/status" > /dev/null
stop_portal
echo "== what the restored portal holds"
java -cp "$H2_JAR" "$ROOT/bench/KillDrill.java" verify "jdbc:h2:file:$RESTORED/db/portal" "$RESTORED" \
     "$WORK/acked-before-backup.tsv" -
