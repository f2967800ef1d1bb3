#!/usr/bin/env bash
# Benchmark (a command, not a test; see docs/benchmarks.md, "Public pages as cache misses, search, gzip (issue #19)"):
# COUNT publications (default 100.000), each with a topic and a PDF attachment whose extracted text (about 240 words)
# the search index reads, loaded straight into H2; then, with CONNECTIONS connections (default 16) for DURATION each:
#   (c) the cached listing page /publikasi with Accept-Encoding: gzip on both sides, beside nginx's gzip_static
#       serving the portal's own gzip answer (or the page gzipped by gzip -6 if the portal answers uncompressed),
#       the portal after a warm-up until its JIT compiler settles (as (a) below), nginx after 5 s;
#   then a restart (its time, and whether the search index was rebuilt, are printed) with the page cache switched
#   off by the operators' setting portal.site.cache.max-megabytes=0, so that every request renders its page, and:
#   (a) listing, filter and detail pages as cache misses: every request a different address out of every
#       type × year × topic × page combination that has publications (all pages) and the detail pages, shuffled
#       (bench/public-miss.lua), after a warm-up on other addresses until the JIT compiler has settled
#       (warm_until_settled in bench/lib.sh: WARMUP_MIN, default 45 s, then until a 15-second window in which the
#       compiler threads used less than 5% of a core, at most WARMUP_MAX, default 300 s);
#   (b) search with QUERIES distinct queries (default 1.000, words of the attachments' texts), after its own warm-up
#       until the compiler settles; a new reader's address every 20 searches, sent as X-Forwarded-For with
#       127.0.0.1 a trusted proxy (portal.trusted-proxies), so the per-reader search allowance (60 a minute) is
#       counted as for real readers and not spent by one benchmark address;
#   the floor of (b): the same search page with 1.000 distinct queries that match nothing (words of no text: the
#       container, Faces, the allowance and the query's parsing, no ranking), after its own warm-up; then, the
#       portal stopped, the index's own work alone: bench/SearchIndexAlone.java over a copy of the index, the
#       search page's call for each of (b)'s queries on one thread, no container (CPU time per search). Together
#       they say how near (b) can come to its goal on this machine (docs/benchmarks.md, "The floor of a search").
# Prints requests/s, p50/p95/p99 and the ratios, and a RESULT line for bench/all.sh.
#
#   bench/public-pages-benchmark.sh                     (needs: wrk, nginx, shuf; Debian: wrk nginx-light coreutils)
#   COUNT=10000 DURATION=10s bench/public-pages-benchmark.sh
#   WARMUP_MIN=15 WARMUP_MAX=15 bench/public-pages-benchmark.sh   (warm-ups of (a) and (b) in seconds: at least
#                                                  WARMUP_MIN, default 45, at most WARMUP_MAX, default 300; (a)'s on
#                                                  30.000 other addresses of the shuffled file)
#   BENCH_JVM="-Xmx1g -XX:+UseParallelGC" bench/public-pages-benchmark.sh   (JVM options instead of ./portal run's)
#   KEEP_DATA=1 bench/public-pages-benchmark.sh   (the database of the last run with the same COUNT, if there is one:
#                                                  no first start and loading; the search index is still built anew)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/lib.sh
bench_usage "$@"
COUNT=${COUNT:-100000}
QUERIES=${QUERIES:-1000}
DURATION=${DURATION:-30s}
# before (a) and (b): load until the JIT compiler settles (bench/lib.sh warm_until_settled); on 2 cores it took 2 to
# 2,5 minutes of load (one process served listing misses at 450/s in its first 20 s and 1.300-1.370/s after 140 s;
# docs/benchmarks.md, "Warm until the compiler settles")
WARM_URLS=30000
CONNECTIONS=${CONNECTIONS:-16}
THREADS=2
# building the index of 100.000 publications with their PDF text holds up the public site's start for minutes
export BENCH_START_SECONDS=${BENCH_START_SECONDS:-1200}
PORT=${BENCH_PORT:-18490}
NGINX_PORT=$((PORT + 1))
WORK="$ROOT/target/bench-public"
DATA="$WORK/data"
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar 2>/dev/null || true)

bench_require wrk nginx curl java mvn shuf gzip
[ -n "$H2_JAR" ] || mvn -B -q dependency:get -Dartifact=com.h2database:h2:2.2.224 >/dev/null
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar)

[ "${SKIP_BUILD:-0}" = 1 ] || bench_build -o
REUSED=no
if [ "${KEEP_DATA:-0}" = 1 ] && [ "$(cat "$WORK/loaded" 2>/dev/null || true)" = "$COUNT $QUERIES" ]; then
  REUSED=yes
  rm -rf "$DATA/index" "$WORK/static"; mkdir -p "$WORK/static"
else
  rm -rf "$WORK"; mkdir -p "$WORK/static" "$DATA"
fi
cleanup() { stop_portal; stop_nginx; }
trap cleanup EXIT

# seconds (with decimals) that start_portal takes, in STARTED_S
timed_start() {
  local t0 t1
  t0=$(date +%s%N)
  start_portal "$@"
  t1=$(date +%s%N)
  STARTED_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
}

h2() { java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/db/portal" -user portal -password portal -script "$1"; }

if [ "$REUSED" = no ]; then
echo "== first start: schema and demo data"
start_portal
stop_portal

echo "== loading $COUNT publications with PDF text"
# 1.000 paragraphs of 60 words from a fiscal vocabulary; each attachment's text is four of them
WORDS="dana alokasi umum khusus desa pajak daerah retribusi transfer belanja pendapatan anggaran realisasi penyaluran
insentif fiskal kinerja pembiayaan utang pinjaman hibah bagi hasil sumber daya alam cukai tembakau otonomi provinsi
kabupaten kota pemerintah keuangan laporan evaluasi standar harga satuan regional pengelolaan aset kas neraca defisit
surplus infrastruktur pendidikan kesehatan sanitasi jalan irigasi air minum perumahan pelayanan publik tahunan
triwulan semester rekonsiliasi penetapan stunting kemiskinan inflasi pertumbuhan ekonomi investasi obligasi sukuk
dividen penerimaan perimbangan kapasitas indeks rasio kemandirian audit pemeriksaan akuntabilitas transparansi
digitalisasi elektronifikasi transaksi kontrak pengadaan barang jasa modal pegawai gaji tunjangan honorarium"
echo $WORDS | tr ' ' '\n' > "$WORK/words.txt"
awk -v n="$COUNT" 'BEGIN { srand(19) }
  NR == FNR { w[++nw] = $1; next }
  END {
    print "CREATE TABLE bench_paragraph (id INT PRIMARY KEY, txt VARCHAR(2000));";
    for (p = 0; p < 1000; p++) {
      s = ""; for (k = 0; k < 60; k++) s = s (k ? " " : "") w[int(rand() * nw) + 1];
      printf "INSERT INTO bench_paragraph VALUES (%d, '\''%s'\'');\n", p, s;
    }
  }' "$WORK/words.txt" /dev/null > "$WORK/paragraphs.sql"
cat >> "$WORK/paragraphs.sql" <<SQL
INSERT INTO publication (id,pub_type,title,slug,summary,doc_date,status,publish_at,published_at,published_by,created_at,created_by,
  updated_at,updated_by,version,letter_number,reg_kind,reg_abbrev,reg_number,reg_year,reg_about,reg_enacted,reg_status,reg_language)
SELECT 500000 + X, T, CASE T WHEN 'PERATURAN' THEN 'PMK Nomor ' || X || ' Tahun ' || Y || ' tentang ' || S ELSE UPPER(LEFT(T, 1)) || LOWER(SUBSTRING(T, 2)) || ' ' || S || ' nomor ' || X END,
  'bench-' || X, 'Ringkasan ' || S || '.', D, 'PUBLISHED', CAST(D AS TIMESTAMP) + INTERVAL '2' HOUR, CAST(D AS TIMESTAMP) + INTERVAL '2' HOUR,
  'bench', CAST(D AS TIMESTAMP), 'bench', CAST(D AS TIMESTAMP), 'bench', 1,
  NULL, -- no letter numbers: the staff portal registers unregistered notices' letters at start, 20.000 here
  CASE T WHEN 'PERATURAN' THEN 'Peraturan Menteri Keuangan' END, CASE T WHEN 'PERATURAN' THEN 'PMK' END,
  CASE T WHEN 'PERATURAN' THEN 'B' || X END, CASE T WHEN 'PERATURAN' THEN Y END, CASE T WHEN 'PERATURAN' THEN S END,
  CASE T WHEN 'PERATURAN' THEN D END, CASE T WHEN 'PERATURAN' THEN 'BERLAKU' END, CASE T WHEN 'PERATURAN' THEN 'Bahasa Indonesia' END
FROM (SELECT X, ARRAY['PERATURAN','BERITA','DATA','PEMBERITAHUAN','LAPORAN'][MOD(X, 5) + 1] T,
        ARRAY['Penyaluran Dana Alokasi Umum','Pajak Daerah dan Retribusi Daerah','Dana Desa Tahap I','Insentif Fiskal Kinerja',
              'Realisasi Belanja Fungsi','Pembiayaan Utang Daerah','Standar Harga Satuan Regional','Evaluasi Dana Transfer'][MOD(X, 8) + 1] S,
        2014 + MOD(X, 12) Y, DATEADD(DAY, MOD(X, 28), DATEADD(MONTH, MOD(X, 12), CAST((2014 + MOD(X, 12)) || '-01-01' AS DATE))) D
      FROM SYSTEM_RANGE(1, $COUNT));
INSERT INTO publication_topic (publication_id, topic_code)
SELECT 500000 + X, ARRAY['TRANSFER','PDRD','DANA_DESA','IF','TRANSFER','PEMBIAYAAN','SHSR','EV_DANA_TRANSFER'][MOD(X, 8) + 1] FROM SYSTEM_RANGE(1, $COUNT);
INSERT INTO attachment (id, publication_id, file_name, media_type, size_bytes, sha256, storage_key, text_content, sort_order, created_at)
SELECT 900000 + X, 500000 + X, 'bench-' || X || '.pdf', 'application/pdf', 250000, REPEAT('0', 64), 'bench/' || X,
  (SELECT txt FROM bench_paragraph WHERE id = MOD(X, 997)) || ' ' || (SELECT txt FROM bench_paragraph WHERE id = MOD(X * 7, 991)) || ' '
  || (SELECT txt FROM bench_paragraph WHERE id = MOD(X * 13, 983)) || ' ' || (SELECT txt FROM bench_paragraph WHERE id = MOD(X * 31, 977)),
  0, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, $COUNT);
DROP TABLE bench_paragraph;
UPDATE content_state SET revision = revision + 1, changed_at = CURRENT_TIMESTAMP WHERE id = 1;
-- every type × year × topic combination (each filter also left out) that has visible publications, and its count
CALL CSVWRITE('$WORK/combinations.csv', '
  WITH v AS (SELECT p.id, LOWER(REPLACE(p.pub_type, ''_'', ''-'')) t, YEAR(p.doc_date) y FROM publication p
             WHERE p.status = ''PUBLISHED'' AND p.publish_at <= CURRENT_TIMESTAMP),
       vt AS (SELECT v.*, pt.topic_code c FROM v JOIN publication_topic pt ON pt.publication_id = v.id)
  SELECT t, y, NULL c, COUNT(*) n FROM v GROUP BY t, y UNION ALL SELECT t, NULL, NULL, COUNT(*) FROM v GROUP BY t
  UNION ALL SELECT NULL, y, NULL, COUNT(*) FROM v GROUP BY y UNION ALL SELECT NULL, NULL, NULL, COUNT(*) FROM v
  UNION ALL SELECT t, y, c, COUNT(*) FROM vt GROUP BY t, y, c UNION ALL SELECT t, NULL, c, COUNT(*) FROM vt GROUP BY t, c
  UNION ALL SELECT NULL, y, c, COUNT(*) FROM vt GROUP BY y, c UNION ALL SELECT NULL, NULL, c, COUNT(*) FROM vt GROUP BY c',
  'writeColumnHeader=false');
CALL CSVWRITE('$WORK/slugs.csv', 'SELECT slug FROM publication WHERE status = ''PUBLISHED'' AND publish_at <= CURRENT_TIMESTAMP',
  'writeColumnHeader=false');
SQL
t0=$(date +%s)
h2 "$WORK/paragraphs.sql"
echo "   loaded in $(( $(date +%s) - t0 )) s"
echo "$COUNT $QUERIES" > "$WORK/loaded"
else
  echo "== the database of the last run ($COUNT publications), the search index removed"
fi


# (a)'s addresses: every page of every combination, and as many detail pages, shuffled
awk -F, '{ gsub(/"/, ""); t = $1; y = $2; c = $3; n = $4; q = "";
    if (t != "") q = q "&jenis=" t; if (y != "") q = q "&tahun=" y; if (c != "") q = q "&topik=" c;
    pages = int((n + 19) / 20);
    for (p = 1; p <= pages; p++) { u = q (p > 1 ? "&hal=" p : ""); print "/publikasi" (u == "" ? "" : "?" substr(u, 2)) } }' \
  "$WORK/combinations.csv" > "$WORK/listing-urls.txt"
LISTING_URLS=$(wc -l < "$WORK/listing-urls.txt")
tr -d '"' < "$WORK/slugs.csv" | shuf --random-source=<(yes) -n "$LISTING_URLS" | sed 's|^|/publikasi/|' > "$WORK/detail-urls.txt"
cat "$WORK/listing-urls.txt" "$WORK/detail-urls.txt" | shuf --random-source=<(yes) > "$WORK/miss-urls.txt"
MISS_URLS=$(wc -l < "$WORK/miss-urls.txt")
echo "   $LISTING_URLS listing and filter pages, $(wc -l < "$WORK/detail-urls.txt") detail pages"

# (b)'s queries: QUERIES distinct ones of one, two or three words of the vocabulary
awk -v n="$QUERIES" 'BEGIN { srand(7) } { w[++nw] = $1 } END {
    while (made < n) { k = 1 + int(rand() * 3); q = w[int(rand() * nw) + 1];
      for (j = 2; j <= k; j++) q = q "+" w[int(rand() * nw) + 1];
      if (!(q in seen)) { seen[q] = 1; made++; print "/cari?q=" q } } }' "$WORK/words.txt" > "$WORK/search-urls.txt"
# the floor's queries: as many of one word that no text has ("zq" and eight letters)
awk -v n="$QUERIES" 'BEGIN { srand(11); while (made < n) { q = "zq";
    for (k = 0; k < 8; k++) q = q sprintf("%c", 97 + int(rand() * 26));
    if (!(q in seen)) { seen[q] = 1; made++; print "/cari?q=" q } } }' > "$WORK/nohit-urls.txt"

echo "== second start: $COUNT publications (the search index is built)"
timed_start
FIRST_START_S=$STARTED_S
echo "   both applications answered after $FIRST_START_S s"
curl -fsS "http://127.0.0.1:$PORT/publikasi" -o "$WORK/static/listing.html"
curl -fsS -H 'Accept-Encoding: gzip' -D "$WORK/gzip-headers.txt" "http://127.0.0.1:$PORT/publikasi" -o "$WORK/static/listing.html.gz"
if grep -qi '^content-encoding: *gzip' "$WORK/gzip-headers.txt"; then
  PORTAL_GZIP=yes
else
  PORTAL_GZIP=no; gzip -6 -c "$WORK/static/listing.html" > "$WORK/static/listing.html.gz"
fi
echo "   /publikasi: $(stat -c %s "$WORK/static/listing.html") bytes, gzip $(stat -c %s "$WORK/static/listing.html.gz") bytes (the portal answers gzip: $PORTAL_GZIP)"

start_nginx "$NGINX_PORT" "gzip_static on;"

# wrk's figures as key=value lines in $WORK/<name>.kv: rps, p50/p90/p95/p99 in ms, requests, non_2xx, socket_errors
run_wrk() { # name url-base lua-args…
  local name=$1 url=$2; shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/public-miss.lua "$url" -- "$@" > "$WORK/$name.txt"
  { awk '/Requests\/sec/ { print "rps=" $2 }' "$WORK/$name.txt"; grep -E '^[a-z0-9_]+=' "$WORK/$name.txt"; } > "$WORK/$name.kv"
  kv() { sed -n "s/^$1=//p" "$WORK/$name.kv"; }
  printf "%-22s %10s req/s   p50 %8s ms   p95 %8s ms   p99 %8s ms   (%s requests, %s not 2xx, %s socket errors)\n" \
    "$name" "$(kv rps)" "$(kv p50_ms)" "$(kv p95_ms)" "$(kv p99_ms)" "$(kv requests)" "$(kv non_2xx)" "$(kv socket_errors)"
}
# one figure of a run_wrk: kvof name key
kvof() { sed -n "s/^$2=//p" "$WORK/$1.kv"; }
# the same URL repeated: a one-line address file; nginx warms up for 5 s, the portal until its JIT compiler settles
repeat_wrk() { # name url portal|nginx
  local base
  base=$(echo "$2" | sed -E 's|^(https?://[^/]+).*|\1|')
  echo "${2#"$base"}" > "$WORK/$1-url.txt"
  curl -fsS -o /dev/null -H 'Accept-Encoding: gzip' "$2"
  if [ "$3" = portal ]; then
    warm_until_settled "$base" "$WORK/$1-url.txt" "$THREADS" gzip
    GZIP_WARMUP_S=$WARMED_S; GZIP_SETTLED=$WARM_SETTLED
  else
    wrk -t2 -c10 -d5s -s bench/public-miss.lua "$base" -- "$WORK/$1-url.txt" "$THREADS" gzip > /dev/null
  fi
  run_wrk "$1" "$base" "$WORK/$1-url.txt" "$THREADS" gzip
}

echo "== wrk: $CONNECTIONS connections, $DURATION each, $(nproc) cores shared with the servers"
echo "(c) the cached /publikasi with gzip, beside nginx"
repeat_wrk nginx_gzip "http://127.0.0.1:$NGINX_PORT/listing.html" nginx
repeat_wrk listing_gzip "http://127.0.0.1:$PORT/publikasi" portal

echo "== restart, the page cache off (portal.site.cache.max-megabytes=0), 127.0.0.1 a trusted proxy (readers' addresses)"
stop_portal
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dportal.site.cache.max-megabytes=0 -Dportal.trusted-proxies=127.0.0.1" timed_start
RESTART_S=$STARTED_S
INDEX_LOG=$(grep -o 'Search index [a-z]*[^,]*' "$WORK/server.log" | tail -1 || true)
echo "   both applications answered after $RESTART_S s ($INDEX_LOG)"
echo "(a) listing, filter and detail pages, every request another address"
# warm-up: other addresses of the same kinds (the last lines of the shuffled file, not measured; asked again as
# needed, which with the page cache off renders them again)
tail -n "$WARM_URLS" "$WORK/miss-urls.txt" > "$WORK/warm-urls.txt"; head -n $((MISS_URLS - WARM_URLS)) "$WORK/miss-urls.txt" > "$WORK/miss-measured.txt"
warm_until_settled "http://127.0.0.1:$PORT" "$WORK/warm-urls.txt" "$THREADS"
LISTING_WARMUP_S=$WARMED_S; LISTING_SETTLED=$WARM_SETTLED
run_wrk listing_miss "http://127.0.0.1:$PORT" "$WORK/miss-measured.txt" "$THREADS"
MISS_REQUESTS=$(sed -n 's/^requests=//p' "$WORK/listing_miss.kv")
[ "$MISS_REQUESTS" -le $((MISS_URLS - WARM_URLS)) ] || echo "   note: $MISS_REQUESTS requests for $((MISS_URLS - WARM_URLS)) addresses: some were asked twice"
echo "(b) search"
warm_until_settled "http://127.0.0.1:$PORT" "$WORK/search-urls.txt" "$THREADS" readers
SEARCH_WARMUP_S=$WARMED_S; SEARCH_SETTLED=$WARM_SETTLED
run_wrk search_miss "http://127.0.0.1:$PORT" "$WORK/search-urls.txt" "$THREADS" readers
echo "(b)'s floor: the search page with queries that match nothing (no ranking)"
warm_until_settled "http://127.0.0.1:$PORT" "$WORK/nohit-urls.txt" "$THREADS" readers
NOHIT_WARMUP_S=$WARMED_S; NOHIT_SETTLED=$WARM_SETTLED
NOHIT_TICKS=$(process_ticks "$PAYARA_PID")
run_wrk search_nohit "http://127.0.0.1:$PORT" "$WORK/nohit-urls.txt" "$THREADS" readers
NOHIT_TICKS=$(( $(process_ticks "$PAYARA_PID") - NOHIT_TICKS ))
echo "(b)'s floor: the index's own work alone, one thread, no container (bench/SearchIndexAlone.java; the portal stopped)"
stop_portal
rm -rf "$WORK/index-alone"; cp -r "$DATA/index/publications" "$WORK/index-alone"; rm -f "$WORK/index-alone/write.lock"
# the public site's libraries, and the persistence API its entities' annotations name (provided by Payara, not in the WAR)
JPA_JAR=$(ls ~/.m2/repository/jakarta/persistence/jakarta.persistence-api/*/jakarta.persistence-api-*.jar 2>/dev/null | tail -1 || true)
java -cp "$ROOT/public-site/target/public-site/WEB-INF/lib/*${JPA_JAR:+:$JPA_JAR}" bench/SearchIndexAlone.java "$WORK/index-alone" \
  "$WORK/search-urls.txt" 2>&1 | tee "$WORK/index-alone.txt" | grep -v '=' | sed 's/^/   /'
grep -E '^index_alone_[a-z0-9_]+=' "$WORK/index-alone.txt" > "$WORK/index-alone.kv"
rm -rf "$WORK/index-alone"
# the least mean answer time of (b): its CONNECTIONS requests always in the system (Little's law) share the cores, and
# each needs at least the index's CPU and the portal's CPU for an answer of the page without ranking (the load
# generator's, which shares the cores too, left out: the bound is low rather than high)
INDEX_MEAN=$(sed -n 's/^index_alone_mean_ms=//p' "$WORK/index-alone.kv")
NOHIT_CPU=$(awk -v t="$NOHIT_TICKS" -v hz="$(getconf CLK_TCK)" -v r="$(kvof search_nohit requests)" 'BEGIN { printf "%.3f", 1000 * t / hz / r }')
BOUND=$(awk -v c="$CONNECTIONS" -v m="$INDEX_MEAN" -v p="$NOHIT_CPU" -v n="$(nproc)" 'BEGIN { printf "%.1f", c * (m + p) / n }')
echo "   the portal used $NOHIT_CPU ms of CPU per answer of the page without ranking"
echo "   so at $CONNECTIONS connections on $(nproc) cores a search's mean answer time is at least $CONNECTIONS × ($INDEX_MEAN + $NOHIT_CPU) / $(nproc) = $BOUND ms"
echo
GZIP_PCT=$(awk -v n="$(kvof nginx_gzip rps)" -v l="$(kvof listing_gzip rps)" 'BEGIN { printf "%.1f", 100 * l / n }')
echo "cached /publikasi with gzip / nginx gzip_static: $GZIP_PCT% (goal >= 50%, p99 <= 15 ms)"
echo "raw wrk output in $WORK/*.txt"

figures() { local n k; for n in listing_miss nginx_gzip listing_gzip search_miss search_nohit; do
  for k in rps p50_ms p95_ms p99_ms requests non_2xx socket_errors; do echo "${n}_$k=$(kvof "$n" "$k")"; done; done; }
mapfile -t FIGURES < <(figures)
bench_result public-pages count="$COUNT" queries="$QUERIES" connections="$CONNECTIONS" duration="$DURATION" \
  miss_addresses="$((MISS_URLS - WARM_URLS))" listing_warmup_s="$LISTING_WARMUP_S" listing_warm_settled="$LISTING_SETTLED" \
  search_warmup_s="$SEARCH_WARMUP_S" search_warm_settled="$SEARCH_SETTLED" gzip_warmup_s="$GZIP_WARMUP_S" \
  gzip_warm_settled="$GZIP_SETTLED" nohit_warmup_s="$NOHIT_WARMUP_S" nohit_warm_settled="$NOHIT_SETTLED" \
  "${FIGURES[@]}" $(tr '\n' ' ' < "$WORK/index-alone.kv") search_nohit_cpu_ms="$NOHIT_CPU" search_mean_bound_ms="$BOUND" listing_gzip_vs_nginx_pct="$GZIP_PCT" portal_gzip="$PORTAL_GZIP" \
  gzip_bytes="$(stat -c %s "$WORK/static/listing.html.gz")" html_bytes="$(stat -c %s "$WORK/static/listing.html")" \
  first_start_s="$FIRST_START_S" restart_s="$RESTART_S" index_on_restart="$(echo "$INDEX_LOG" | awk '{ print $3 }' | tr -d ':')"
