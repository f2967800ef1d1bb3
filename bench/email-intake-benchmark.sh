#!/usr/bin/env bash
# Benchmark (a command, not a test; see docs/benchmarks.md): the e-mail intake (issue #12) on H2.
# Loads COUNT messages into a GreenMail IMAP server (bench/EmailIntakeBench.java, on 127.0.0.1), then starts the
# portal with PORTAL_MAIL_IMAP_* pointing at it and lets its mailbox watcher turn them into tickets: each message
# kept (raw .eml + ledger row), processed into an EMAIL ticket with its acknowledgement in the outbox, and moved to
# "Diproses". Prints the rate seen from the mail server (first message moved → INBOX empty) and the rate by the
# portal's own ledger timestamps (first fetched → last processed), and the ledger's counts.
#
# GreenMail's IMAP MOVE walks the whole folder per moved message (quadratic): for 10.000 waiting messages use
# MAIL_SERVER=dovecot, a private Dovecot (Debian dovecot-imapd) on 127.0.0.1 with its files under target/, the
# messages appended over IMAP.
#
#   bench/email-intake-benchmark.sh            (needs: curl, java, mvn; ~5 minutes on 2 cores)
#   COUNT=2000 MAIL_SERVER=greenmail bench/email-intake-benchmark.sh
#   COUNT=10000 TIMEOUT=900 MAIL_SERVER=dovecot bench/email-intake-benchmark.sh   (also needs dovecot)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/lib.sh
bench_usage "$@"
COUNT=${COUNT:-10000}
MAIL_SERVER=${MAIL_SERVER:-dovecot}
TIMEOUT=${TIMEOUT:-900}
PORT=${BENCH_PORT:-18491}
IMAP_PORT=${BENCH_IMAP_PORT:-18143}
WORK="$ROOT/target/bench-email"
DATA="$WORK/data"

bench_require curl java mvn
bench_build -o
rm -rf "$WORK"; mkdir -p "$DATA"
CP=$(mvn -B -q -o -pl portal-ejb dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
MAIL_PID=""
DOVECOT_CONF=""
cleanup() {
  stop_portal; [ -n "$MAIL_PID" ] && kill "$MAIL_PID" 2>/dev/null
  [ -n "$DOVECOT_CONF" ] && doveadm -c "$DOVECOT_CONF" stop 2>/dev/null
  true
}
trap cleanup EXIT

if [ "$MAIL_SERVER" = dovecot ]; then
  bench_require dovecot doveadm
  D="$WORK/dovecot"; mkdir -p "$D/run" "$D/state" "$D/mail"; chmod 777 "$D/mail"
  echo "callcenter@bench.test:{PLAIN}bench-password::::::" > "$D/users"
  cat > "$D/dovecot.conf" <<CONF
protocols = imap
listen = 127.0.0.1
base_dir = $D/run
state_dir = $D/state
log_path = $D/dovecot.log
ssl = no
disable_plaintext_auth = no
mail_location = maildir:$D/mail/%n
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $D/users
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$D/mail/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
}
CONF
  DOVECOT_CONF="$D/dovecot.conf"
  dovecot -c "$DOVECOT_CONF"
  echo "== appending $COUNT messages to a private Dovecot on 127.0.0.1:$IMAP_PORT"
  java -cp "$CP" "$ROOT/bench/EmailIntakeBench.java" append "$IMAP_PORT" "$COUNT"
  java -cp "$CP" "$ROOT/bench/EmailIntakeBench.java" watch "$IMAP_PORT" "$COUNT" "$TIMEOUT" > "$WORK/mail.txt" 2>&1 &
  MAIL_PID=$!
else
  echo "== loading $COUNT messages into GreenMail on 127.0.0.1:$IMAP_PORT"
  java -cp "$CP" "$ROOT/bench/EmailIntakeBench.java" serve "$IMAP_PORT" "$COUNT" "$WORK/ready" "$TIMEOUT" > "$WORK/mail.txt" 2>&1 &
  MAIL_PID=$!
  while [ ! -f "$WORK/ready" ]; do
    kill -0 "$MAIL_PID" 2>/dev/null || { cat "$WORK/mail.txt"; exit 1; }
    sleep 1
  done
  cat "$WORK/mail.txt"
fi

echo "== starting the portal with the mailbox configured"
export PORTAL_MAIL_IMAP_HOST=127.0.0.1 PORTAL_MAIL_IMAP_PORT=$IMAP_PORT PORTAL_MAIL_IMAP_SSL=false \
  PORTAL_MAIL_IMAP_USER=callcenter@bench.test PORTAL_MAIL_IMAP_PASSWORD=bench-password PORTAL_MAIL_IMAP_POLL_SECONDS=5
start_portal
wait "$MAIL_PID" || true
MAIL_PID=""
cat "$WORK/mail.txt"
stop_portal
echo "== the portal's ledger"
java -cp "$CP" "$ROOT/bench/EmailIntakeBench.java" stats "jdbc:h2:file:$DATA/db/portal" | tee "$WORK/stats.txt"

# the figures above as one line for bench/all.sh
mapfile -t FIGURES < <(sed -nE \
  -e 's/^all ([0-9]+) moved out of the INBOX ([0-9.,]+) s after the first: ([0-9.,]+) messages\/s.*/server_moved=\1\nserver_s=\2\nserver_rate=\3/p' \
  -e 's/^timeout: ([0-9]+) of [0-9]+ still in the INBOX.*/server_left=\1/p' "$WORK/mail.txt"
  sed -nE -e 's/^portal: ([0-9]+) messages kept and processed in ([0-9.,]+) s .*: ([^ ]+) messages\/s$/processed=\1\nledger_s=\2\nledger_rate=\3/p' \
  -e 's/^ledger ([A-Za-z_]+) +([0-9]+)$/ledger_\L\1\E=\2/p' -e 's/^EMAIL tickets: ([0-9]+)$/email_tickets=\1/p' "$WORK/stats.txt")
bench_result email-intake count="$COUNT" mail_server="$MAIL_SERVER" "${FIGURES[@]}"
