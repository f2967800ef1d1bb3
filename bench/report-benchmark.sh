#!/usr/bin/env bash
# Benchmark (a command, not a test; see docs/benchmarks.md, "Monthly report"):
# COUNT tickets (default 1.000.000) spread over 10 years (2016-01 .. 2025-12), with PPID requests (COUNT/300) and
# held visits and video conferences (COUNT/200) over the same years, then the time to compile one month's report
# figures through the portal (POST /portal/api/reports/{M}/refresh, every figure with M-1, M-12, trend and year to
# date) beside the same aggregates as bare SQL on the same database, and the time to build the month's A4 PDF
# (GET /portal/api/reports/{M}/pdf).
#
#   bench/report-benchmark.sh                 (needs: curl, java, mvn)
#   COUNT=100000 RUNS=9 WARMUP=10 MONTH=2025-06 BARE_JVMS=3 bench/report-benchmark.sh
#   KEEP_DATA=1 bench/report-benchmark.sh     (again on the database of the previous run)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/lib.sh
bench_usage "$@"
COUNT=${COUNT:-1000000}
RUNS=${RUNS:-9}
WARMUP=${WARMUP:-10}
BARE_JVMS=${BARE_JVMS:-3}
MONTH=${MONTH:-2025-06}
PORT=${BENCH_PORT:-18490}
WORK="$ROOT/target/bench-report"
DATA="$WORK/data"
URL="jdbc:h2:file:$DATA/db/portal;CACHE_SIZE=65536"
PASSWORD=Bench-Sandi-2024
BENCH_PASSWORD=$PASSWORD BENCH_DB_URL=$URL BENCH_XMX=2g BENCH_START_SECONDS=300

bench_require curl java mvn
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar)

bench_build -o
# KEEP_DATA=1 reuses the database of the previous run (same COUNT) and skips generating and loading
if [ "${KEEP_DATA:-0}" = 1 ] && [ -f "$DATA/db/portal.mv.db" ]; then
  REUSE=1
else
  REUSE=0; rm -rf "$WORK"; mkdir -p "$DATA"
fi
trap stop_portal EXIT

if [ "$REUSE" = 0 ]; then
echo "== first start: schema and demo data"
start_portal
stop_portal

echo "== generating $COUNT tickets over 2016-2025"
# one contact per 100 tickets; 120 months in order; channels, categories, zones, topics, escalations and ratings in fixed rotations
awk -v n="$COUNT" 'BEGIN {
  OFS = ",";
  split("TELEPON WHATSAPP EMAIL LIVE_CHAT HELPDESK WEB_FORM CHATBOT", ch, " ");
  split("PEMDA PEMDA PEMDA KL AKADEMISI LAINNYA", cat, " ");
  split("32.73 91.71 73.71 11.01 51.71 64.72 35.78 12.75", reg, " ");
  split("WIB WIT WITA WIB WITA WITA WIB WIB", zone, " ");
  split("DAU DBH PDRD DANA_DESA SHSR APLIKASI SURAT_MASUK RESERVASI", top, " ");
  split("DTU DTK PDRD P2D", unit, " ");
  split("ani budi citra dewi eko", agent, " ");
  print "id,contact_id,ticket_number,channel,category,region_code,time_zone,service_hours,created_at,created_month,status,agent,escalated_at,l2_unit,l2_score,rating_service,rating_answer,topic" > "/dev/stdout";
  for (i = 1; i <= n; i++) {
    # in creation order, as the sequence numbers them: the tickets of a month have neighbouring ids
    m = int((i - 1) * 120 / n); year = 2016 + int(m / 12); month = (m % 12) + 1; day = (i % 28) + 1; hour = (i % 24);
    ts = sprintf("%d-%02d-%02d %02d:%02d:00", year, month, day, hour, i % 60);
    r = (i % 8) + 1; esc = (i % 7 == 0);
    print 2000000 + i, 1000000 + int(i / 100), sprintf("BENCH-%07d", i), ch[(i % 7) + 1], cat[(i % 6) + 1], reg[r], zone[r],
      (hour >= 1 && hour <= 9 ? "INSIDE" : "OUTSIDE"), ts, sprintf("%d-%02d", year, month), "CLOSED", agent[(i % 5) + 1],
      (esc ? ts : ""), (esc ? unit[(i % 4) + 1] : ""), (esc ? 100 - (i % 5) * 10 : ""),
      (i % 3 == 0 ? (i % 5) + 1 : ""), (i % 3 == 0 ? ((i + 2) % 5) + 1 : ""), top[(i % 8) + 1];
  }
}' > "$WORK/tickets.csv"
echo "== generating $((COUNT / 300)) PPID requests and $((COUNT / 200)) visits over 2016-2025"
# PPID: received on a working-day-like date of the month, decided ten days later (grant, partial, refusal, not held)
awk -v n="$((COUNT / 300))" 'BEGIN {
  OFS = ",";
  split("GRANTED PARTLY_GRANTED REJECTED NOT_HELD", dec, " ");
  split("DAU DBH PDRD DANA_DESA SHSR APLIKASI", top, " ");
  print "id,number,received,receipt_day,due,decision,decision_day,topic";
  for (i = 1; i <= n; i++) {
    m = i % 120; year = 2016 + int(m / 12); month = (m % 12) + 1; day = (i % 18) + 1;
    printf "%d,BENCH-%06d,%d-%02d-%02d 03:00:00,%d-%02d-%02d,%d-%02d-%02d,%s,%d-%02d-%02d,%s\n", 3000000 + i, i,
      year, month, day, year, month, day, year, month, day + 10, dec[(i % 4) + 1], year, month, day + 9, top[(i % 6) + 1];
  }
}' > "$WORK/ppid.csv"
# visits: every other one a face-to-face visit (some with more guests than allowed), the others video conferences
awk -v n="$((COUNT / 200))" 'BEGIN {
  OFS = ",";
  split("32.73 91.71 73.71 11.01 51.71 64.72 35.78 12.75", reg, " ");
  split("DAU DBH;PDRD DANA_DESA SHSR APLIKASI", top, " ");
  print "id,code,region,mode,topics,slot_date,slot_number,arrived,admitted,breach";
  for (i = 1; i <= n; i++) {
    m = i % 120; year = 2016 + int(m / 12); month = (m % 12) + 1; day = (i % 28) + 1;
    face = (int(i / 120) % 2 == 0); arrived = face ? 3 + (i % 5) : 0;
    printf "%d,BENCH-V%06d,%s,%s,%s,%d-%02d-%02d,%d,%s,%s,%s\n", 4000000 + i, i, reg[(i % 8) + 1],
      (face ? "TATAP_MUKA" : "VIDEO_CONFERENCE"), top[(i % 5) + 1], year, month, day, int(i / 120) % 2 + 1,
      (face ? arrived : ""), (face ? (arrived > 5 ? 5 : arrived) : ""), (face && arrived > 5 ? "TRUE" : "FALSE");
  }
}' > "$WORK/visits.csv"
cat > "$WORK/load.sql" <<SQL
INSERT INTO helpdesk_contact (id, name, email, consent, created_at, version)
  SELECT DISTINCT CAST(contact_id AS BIGINT), 'Bench ' || contact_id, 'bench' || contact_id || '@example.go.id', TRUE,
         TIMESTAMP '2016-01-01 00:00:00', 0 FROM CSVREAD('$WORK/tickets.csv');
INSERT INTO helpdesk_ticket (id, ticket_number, access_hash, channel, contact_id, requester_name, category, region_code,
    subject, status, agent, service_hours, time_zone, created_at, created_month, escalated_at, l2_unit, l2_score,
    rating_service, rating_answer, version)
  SELECT CAST(id AS BIGINT), ticket_number, 'x', channel, CAST(contact_id AS BIGINT), 'Bench', category, region_code,
         'Pertanyaan', status, agent, service_hours, time_zone, CAST(created_at AS TIMESTAMP), created_month,
         CAST(NULLIF(escalated_at, '') AS TIMESTAMP), NULLIF(l2_unit, ''), CAST(NULLIF(l2_score, '') AS INT),
         CAST(NULLIF(rating_service, '') AS INT), CAST(NULLIF(rating_answer, '') AS INT), 0
  FROM CSVREAD('$WORK/tickets.csv');
INSERT INTO helpdesk_ticket_topic (ticket_id, topic_code) SELECT CAST(id AS BIGINT), topic FROM CSVREAD('$WORK/tickets.csv');
INSERT INTO ppid_request (id, tracking_number, access_hash, requester_name, address, occupation, phone, information,
    purpose, obtain_method, delivery_method, consent, received_at, receipt_day, first_due, due_date, status, decision,
    decision_text, decided_at, decision_day, decided_by, topic_code, version)
  SELECT CAST(id AS BIGINT), number, 'x', 'Bench', 'Jakarta', 'Peneliti', '0811', 'Data transfer ke daerah', 'Penelitian',
         'SOFTCOPY', 'EMAIL', TRUE, CAST(received AS TIMESTAMP), CAST(receipt_day AS DATE), CAST(due AS DATE),
         CAST(due AS DATE), 'DECIDED', decision, 'Keputusan', CAST(decision_day AS TIMESTAMP), CAST(decision_day AS DATE),
         'ppid', topic, 0
  FROM CSVREAD('$WORK/ppid.csv');
INSERT INTO visit (id, booking_code, access_hash, institution, region_code, contact_name, email, phone, mode, topics,
    letter_number, letter_date, letter_key, letter_sha256, letter_size, head_comes, received_at, receipt_day,
    earliest_date, status, slot_date, slot_number, guests_arrived, guests_admitted, guest_breach, version)
  SELECT CAST(id AS BIGINT), code, 'x', 'BPKAD', region, 'Bench', 'bench@example.go.id', '0811', mode, topics,
         'B-' || id || '/BENCH', DATEADD(DAY, -14, CAST(slot_date AS DATE)), 'bench/' || id, 'x', 1, FALSE,
         DATEADD(DAY, -14, CAST(slot_date AS TIMESTAMP)), DATEADD(DAY, -14, CAST(slot_date AS DATE)),
         DATEADD(DAY, -7, CAST(slot_date AS DATE)), 'HELD',
         CAST(slot_date AS DATE), CAST(slot_number AS INT), CAST(NULLIF(arrived, '') AS INT),
         CAST(NULLIF(admitted, '') AS INT), CAST(breach AS BOOLEAN), 0
  FROM CSVREAD('$WORK/visits.csv');
ANALYZE;
-- a database in use has settled pages, not the chunks of one bulk load (which H2 would otherwise compact in the
-- background while the portal is measured)
SHUTDOWN COMPACT;
SQL
time java -cp "$H2_JAR" org.h2.tools.RunScript -url "$URL" -user portal -password portal -script "$WORK/load.sql"
fi

# the same aggregates the compiler needs, as bare SQL (M, M-1, M-12 and the 13-month totals)
PREV=$(date -d "$MONTH-01 -1 month" +%Y-%m); LAST=$(date -d "$MONTH-01 -12 month" +%Y-%m)
# the helpdesk part is the SQL the portal's HelpdeskFiguresQuery.figures runs for the report (M, M-1 and M-12 together,
# grouped by channel too; the ratings of the five consultation channels only), with literals
MS="('$MONTH', '$PREV', '$LAST')"
{
  echo "SELECT created_month, channel, category, time_zone, service_hours, l2_unit, COUNT(*), COUNT(escalated_at), SUM(l2_score), COUNT(l2_score) FROM helpdesk_ticket WHERE created_month IN $MS AND status <> 'MERGED' GROUP BY created_month, channel, category, time_zone, service_hours, l2_unit;"
  echo "SELECT t.created_month, p.topic_code, t.channel, COUNT(*) FROM helpdesk_ticket t JOIN helpdesk_ticket_topic p ON p.ticket_id = t.id WHERE t.created_month IN $MS AND t.status <> 'MERGED' GROUP BY t.created_month, p.topic_code, t.channel;"
  echo "SELECT created_month, region_code, channel, COUNT(*) FROM helpdesk_ticket WHERE created_month IN $MS AND status <> 'MERGED' AND region_code IS NOT NULL GROUP BY created_month, category, region_code, channel HAVING category = 'PEMDA';"
  echo "SELECT t.created_month, t.region_code, p.topic_code, t.channel, COUNT(*) FROM helpdesk_ticket t JOIN helpdesk_ticket_topic p ON p.ticket_id = t.id WHERE t.created_month IN $MS AND t.status <> 'MERGED' AND t.region_code IS NOT NULL GROUP BY t.created_month, t.category, t.region_code, p.topic_code, t.channel HAVING t.category = 'PEMDA';"
  echo "SELECT created_month, agent, SUM(rating_service), COUNT(rating_service), SUM(rating_answer), COUNT(rating_answer), COUNT(*), COUNT(DISTINCT contact_id) FROM helpdesk_ticket WHERE created_month IN $MS AND status <> 'MERGED' AND agent IS NOT NULL AND (rating_service IS NOT NULL OR rating_answer IS NOT NULL) AND channel IN ('EMAIL', 'HELPDESK', 'LIVE_CHAT', 'TELEPON', 'WEB_FORM', 'WHATSAPP') GROUP BY created_month, agent;"
  echo "SELECT created_month, channel, COUNT(*) FROM helpdesk_ticket WHERE created_month BETWEEN '$LAST' AND '$MONTH' AND status <> 'MERGED' GROUP BY created_month, channel;"
  # each channel's most asked topics of the month (HelpdeskFiguresQuery.topicsPerChannel)
  echo "SELECT t.channel, p.topic_code, COUNT(*) FROM helpdesk_ticket t JOIN helpdesk_ticket_topic p ON p.ticket_id = t.id WHERE t.created_month IN ('$MONTH') AND t.status <> 'MERGED' GROUP BY t.channel, p.topic_code;"
  # the month's complaint topics per region (HelpdeskFiguresQuery.regionsPerTopic) and the escalated tickets' topics
  # inside and outside service hours (escalatedTopics)
  echo "SELECT p.topic_code, t.region_code, t.channel, COUNT(*) FROM helpdesk_ticket t JOIN helpdesk_ticket_topic p ON p.ticket_id = t.id WHERE t.created_month IN ('$MONTH') AND t.status <> 'MERGED' AND p.topic_code IN ('PENGADUAN', 'KELUHAN_KEBIJAKAN', 'KELUHAN_LAYANAN') GROUP BY p.topic_code, t.region_code, t.channel;"
  echo "SELECT t.service_hours, p.topic_code, t.channel, COUNT(*) FROM helpdesk_ticket t JOIN helpdesk_ticket_topic p ON p.ticket_id = t.id WHERE t.created_month IN ('$MONTH') AND t.status <> 'MERGED' AND t.escalated_at IS NOT NULL GROUP BY t.service_hours, p.topic_code, t.channel;"
  # the visits and video conferences held in each of the last nine months (VisitReport.heldPerMonth)
  echo "SELECT slot_date, mode, COUNT(*) FROM visit WHERE slot_date BETWEEN DATE '$(date -d "$MONTH-01 -8 month" +%Y-%m)-01' AND DATEADD(DAY, -1, DATEADD(MONTH, 1, DATE '$MONTH-01')) AND status = 'HELD' GROUP BY slot_date, mode;"
  # the PPID's months of the year for its chart (PpidFiguresQuery.receivedPerMonth)
  echo "SELECT receipt_day, COUNT(*) FROM ppid_request WHERE receipt_day BETWEEN DATE '${MONTH:0:4}-01-01' AND DATEADD(DAY, -1, DATEADD(MONTH, 1, DATE '$MONTH-01')) GROUP BY receipt_day;"
  for m in "$MONTH" "$PREV" "$LAST"; do
    echo "SELECT COUNT(*) FROM ppid_request WHERE receipt_day BETWEEN DATE '$m-01' AND DATEADD(DAY, -1, DATEADD(MONTH, 1, DATE '$m-01'));"
    echo "SELECT decision, COUNT(*) FROM ppid_request WHERE decision_day BETWEEN DATE '$m-01' AND DATEADD(DAY, -1, DATEADD(MONTH, 1, DATE '$m-01')) GROUP BY decision;"
    echo "SELECT topic_code, COUNT(*) FROM ppid_request WHERE receipt_day BETWEEN DATE '$m-01' AND DATEADD(DAY, -1, DATEADD(MONTH, 1, DATE '$m-01')) GROUP BY topic_code;"
    echo "SELECT mode, COUNT(*), SUM(guests_arrived), SUM(CASE WHEN guest_breach THEN 1 ELSE 0 END) FROM visit WHERE status = 'HELD' AND slot_date BETWEEN DATE '$m-01' AND DATEADD(DAY, -1, DATEADD(MONTH, 1, DATE '$m-01')) GROUP BY mode;"
  done
  echo "SELECT COUNT(*) FROM ppid_request WHERE receipt_day BETWEEN DATE '${MONTH:0:4}-01-01' AND DATEADD(DAY, -1, DATEADD(MONTH, 1, DATE '$MONTH-01'));"
  echo "SELECT mode, COUNT(*) FROM visit WHERE status = 'HELD' AND slot_date BETWEEN DATE '${MONTH:0:4}-01-01' AND DATEADD(DAY, -1, DATEADD(MONTH, 1, DATE '$MONTH-01')) GROUP BY mode;"
} > "$WORK/aggregates.sql"

echo "== second start: $COUNT tickets"
start_portal
API="http://127.0.0.1:$PORT/portal/api/reports/$MONTH"
curl -fsS -u "editor:$PASSWORD" -o "$WORK/report-first.json" -w "first GET (draft compiled)  %{time_total} s\n" "$API"
: > "$WORK/refresh.txt"; : > "$WORK/refresh-http.txt"; : > "$WORK/pdf.txt"
# warm-up (not counted): the JVM compiles the code paths, the database fills its cache; the bare SQL gets the same
for i in $(seq 1 "$WARMUP"); do
  curl -fsS -u "editor:$PASSWORD" -X POST -o /dev/null "$API/refresh"
  curl -fsS -u "editor:$PASSWORD" -o /dev/null "$API/pdf"
done
# the service's own time (Server-Timing: compile;dur=… / pdf;dur=…, in ms, without sign-in and transport) and, for
# comparison, the whole HTTP request as curl sees it (it includes checking the password, PBKDF2, on every request)
for i in $(seq 1 "$RUNS"); do
  curl -fsS -u "editor:$PASSWORD" -X POST -o /dev/null -w "%header{server-timing} %{time_total}\n" "$API/refresh" \
    | sed 's/^compile;dur=//' | awk '{ printf "%.3f\n", $1 / 1000 >> "'"$WORK/refresh.txt"'"; print $2 }' >> "$WORK/refresh-http.txt"
done
for i in $(seq 1 "$RUNS"); do
  curl -fsS -u "editor:$PASSWORD" -o "$WORK/report.pdf" -w "%header{server-timing}\n" "$API/pdf" \
    | sed 's/^pdf;dur=//' | awk '{ printf "%.3f\n", $1 / 1000 }' >> "$WORK/pdf.txt"
done
stop_portal

# the bare SQL in BARE_JVMS separate JVMs, the lowest of their medians: memory-bound work on the machine of 6 December
# 2026 runs in phases, and one JVM's median of 9 came out at 0,15 s or at 0,30-0,35 s on the same database
# (docs/benchmarks.md, "The bare SQL's own phases"); the comparison is against the bare queries at their best
echo "== bare SQL, $WARMUP + $RUNS runs on one connection, in $BARE_JVMS JVM(s)"
S=""
for jvm in $(seq 1 "$BARE_JVMS"); do
  one=$(java -cp "$H2_JAR" "$ROOT/bench/BareAggregates.java" "$URL" "$WORK/aggregates.sql" "$RUNS" "$WARMUP")
  echo "   JVM $jvm: median $one s"
  S=$(awk -v a="$S" -v b="$one" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }')
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
R=$(median "$WORK/refresh.txt")
printf "compile figures (median of %d)  %6.3f s   (goal <= 2 s; the whole HTTP request: %6.3f s)\n" "$RUNS" "$R" "$(median "$WORK/refresh-http.txt")"
printf "bare SQL        (median of %d)  %6.3f s   (the lowest of %d JVMs)\n" "$RUNS" "$S" "$BARE_JVMS"
printf "build the PDF   (median of %d)  %6.3f s   (%d bytes)\n" "$RUNS" "$(median "$WORK/pdf.txt")" "$(stat -c %s "$WORK/report.pdf")"
awk -v r="$R" -v s="$S" 'BEGIN { printf "ratio                          %6.2f   (goal <= 1.5)\n", r / s }'
for key in tickets.total ppid.received visits.total videoConferences.total; do
  echo "$key of $MONTH: $(grep -o "\"$key\":{\"value\":[0-9]*" "$WORK/report-first.json" | grep -o '[0-9]*$')"
done

# the figures above as one line for bench/all.sh (medians in s)
bench_result report count="$COUNT" month="$MONTH" runs="$RUNS" warmup="$WARMUP" bare_jvms="$BARE_JVMS" figures_s="$R" bare_sql_s="$S" \
  ratio="$(awk -v r="$R" -v s="$S" 'BEGIN { printf "%.2f", r / s }')" pdf_s="$(median "$WORK/pdf.txt")" \
  pdf_bytes="$(stat -c %s "$WORK/report.pdf")" http_s="$(median "$WORK/refresh-http.txt")" \
  month_tickets="$(grep -o '"tickets.total":{"value":[0-9]*' "$WORK/report-first.json" | grep -o '[0-9]*$' || true)"
