#!/usr/bin/env bash
# Benchmark (a command, not a test; see docs/benchmarks.md):
# 10.000 publications; the public listing page and a search request under wrk (64 connections,
# 30 s each), beside nginx serving the same listing page saved as a static file, and beside
# Payara Micro serving that same file from a WAR. Prints requests/s, p50/p99 and the ratios.
#
#   bench/listing-benchmark.sh            (needs: wrk, nginx; Debian packages wrk nginx-light)
#   DURATION=10s CONNECTIONS=64 bench/listing-benchmark.sh
#   BENCH_JVM="-Xmx1g -Xms1g -XX:+UseParallelGC" bench/listing-benchmark.sh   (JVM options instead of ./portal run's)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/lib.sh
bench_usage "$@"
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
COUNT=${COUNT:-10000}
PORT=${BENCH_PORT:-18480}
NGINX_PORT=$((PORT + 1))
WORK="$ROOT/target/bench"
DATA="$WORK/data"
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar 2>/dev/null || true)

bench_require wrk nginx curl java mvn   # Debian: apt-get install wrk nginx-light curl
[ -n "$H2_JAR" ] || mvn -B -q dependency:get -Dartifact=com.h2database:h2:2.2.224 >/dev/null
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar)

bench_build
rm -rf "$WORK"; mkdir -p "$WORK/static" "$DATA"
cleanup() { stop_portal; stop_nginx; }
trap cleanup EXIT

echo "== first start: schema and demo data"
start_portal
stop_portal

echo "== loading $COUNT publications"
awk -v n="$COUNT" 'BEGIN {
  split("PERATURAN BERITA DATA PEMBERITAHUAN LAPORAN", types, " ");
  split("Penyaluran Dana Alokasi Umum|Pajak Daerah dan Retribusi Daerah|Dana Desa Tahap I|Insentif Fiskal Kinerja|Realisasi Belanja Fungsi|Pembiayaan Utang Daerah|Standar Harga Satuan Regional|Evaluasi Dana Transfer", subj, "|");
  split("TRANSFER PDRD DANA_DESA IF TRANSFER PEMBIAYAAN SHSR EV_DANA_TRANSFER", topics, " ");
  for (i = 1; i <= n; i++) {
    id = 500000 + i; t = types[(i % 5) + 1]; s = subj[(i % 8) + 1]; year = 2014 + (i % 12);
    month = (i % 12) + 1; day = (i % 28) + 1;
    date = sprintf("%d-%02d-%02d", year, month, day);
    if (t == "PERATURAN") {
      title = sprintf("PMK Nomor %d Tahun %d tentang %s", i, year, s);
      printf "INSERT INTO publication (id,pub_type,title,slug,summary,doc_date,status,publish_at,published_at,published_by,created_at,created_by,updated_at,updated_by,version,reg_kind,reg_abbrev,reg_number,reg_year,reg_about,reg_enacted,reg_status,reg_language) VALUES (%d,'\''%s'\'','\''%s'\'','\''bench-%d'\'','\''Ringkasan %s.'\'',DATE '\''%s'\'','\''PUBLISHED'\'',TIMESTAMP '\''%s 02:00:00'\'',TIMESTAMP '\''%s 02:00:00'\'','\''bench'\'',TIMESTAMP '\''%s 02:00:00'\'','\''bench'\'',TIMESTAMP '\''%s 02:00:00'\'','\''bench'\'',1,'\''Peraturan Menteri Keuangan'\'','\''PMK'\'','\''B%d'\'',%d,'\''%s'\'',DATE '\''%s'\'','\''BERLAKU'\'','\''Bahasa Indonesia'\'');\n", id, t, title, i, s, date, date, date, date, date, i, year, s, date;
    } else {
      title = sprintf("%s %s nomor %d", (t == "DATA" ? "Data" : (t == "BERITA" ? "Berita" : (t == "LAPORAN" ? "Laporan" : "Pemberitahuan"))), s, i);
      letter = (t == "PEMBERITAHUAN") ? sprintf("'\''S-%d/PK/%d'\''", i, year) : "NULL";
      printf "INSERT INTO publication (id,pub_type,title,slug,summary,doc_date,status,publish_at,published_at,published_by,created_at,created_by,updated_at,updated_by,version,letter_number) VALUES (%d,'\''%s'\'','\''%s'\'','\''bench-%d'\'','\''Ringkasan %s.'\'',DATE '\''%s'\'','\''PUBLISHED'\'',TIMESTAMP '\''%s 02:00:00'\'',TIMESTAMP '\''%s 02:00:00'\'','\''bench'\'',TIMESTAMP '\''%s 02:00:00'\'','\''bench'\'',TIMESTAMP '\''%s 02:00:00'\'','\''bench'\'',1,%s);\n", id, t, title, i, s, date, date, date, date, date, letter;
    }
    printf "INSERT INTO publication_topic (publication_id, topic_code) VALUES (%d,'\''%s'\'');\n", id, topics[(i % 8) + 1];
  }
  print "UPDATE content_state SET revision = revision + 1, changed_at = CURRENT_TIMESTAMP WHERE id = 1;";
}' > "$WORK/publications.sql"
java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/db/portal" -user portal -password portal -script "$WORK/publications.sql"

echo "== second start: $COUNT publications"
start_portal
curl -fsS "http://127.0.0.1:$PORT/publikasi" -o "$WORK/static/listing.html"
stop_portal

# the same bytes as a static file in a WAR, deployed beside the portal
(cd "$WORK/static" && mkdir -p WEB-INF && jar cf "$WORK/static.war" listing.html WEB-INF)
start_portal --deploy "$WORK/static.war:/static"

start_nginx "$NGINX_PORT"

measure() { # name url
  curl -fsS -o /dev/null "$2"            # warm the page cache / JIT
  wrk -t2 -c10 -d5s "$2" > /dev/null     # warm-up
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2" > "$WORK/$1.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$1.txt")
  p50=$(awk '$1=="50%" {print $2}' "$WORK/$1.txt")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/$1.txt")
  printf "%-28s %12s req/s   p50 %-9s p99 %-9s\n" "$1" "$rps" "$p50" "$p99"
  eval "RPS_$1=$rps"
}

echo "== wrk: $CONNECTIONS connections, $DURATION each, $(nproc) cores shared with the servers"
measure nginx_static "http://127.0.0.1:$NGINX_PORT/listing.html"
measure payara_static "http://127.0.0.1:$PORT/static/listing.html"
measure listing "http://127.0.0.1:$PORT/publikasi"
measure search "http://127.0.0.1:$PORT/cari?q=pajak+daerah"
echo
awk -v n="$RPS_nginx_static" -v s="$RPS_payara_static" -v l="$RPS_listing" -v q="$RPS_search" 'BEGIN {
  printf "listing / nginx          %5.1f%%   (goal >= 35%%)\n", 100*l/n;
  printf "listing / payara static  %5.1f%%\n", 100*l/s;
  printf "search  / nginx          %5.1f%%\n", 100*q/n;
  printf "payara static / nginx    %5.1f%%\n", 100*s/n; }'
echo "raw wrk output in $WORK/*.txt"

# the figures above as one line for bench/all.sh (wrk's latencies in ms)
wrk_figures() { # name → name_rps=… name_p50_ms=… name_p99_ms=…
  awk -v n="$1" '/Requests\/sec/ { printf "%s_rps=%s\n", n, $2 }
    $1 == "50%" || $1 == "99%" { v = $2; u = v; sub(/^[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
      printf "%s_p%s_ms=%.3f\n", n, substr($1, 1, 2), v * (u == "us" ? 0.001 : u == "s" ? 1000 : u == "m" ? 60000 : 1) }' "$WORK/$1.txt"
}
mapfile -t FIGURES < <(for n in nginx_static payara_static listing search; do wrk_figures "$n"; done)
bench_result listing count="$COUNT" connections="$CONNECTIONS" duration="$DURATION" "${FIGURES[@]}" \
  listing_vs_nginx_pct="$(awk -v n="$RPS_nginx_static" -v l="$RPS_listing" 'BEGIN { printf "%.1f", 100*l/n }')" \
  search_vs_nginx_pct="$(awk -v n="$RPS_nginx_static" -v q="$RPS_search" 'BEGIN { printf "%.1f", 100*q/n }')" \
  payara_static_vs_nginx_pct="$(awk -v n="$RPS_nginx_static" -v s="$RPS_payara_static" 'BEGIN { printf "%.1f", 100*s/n }')"
