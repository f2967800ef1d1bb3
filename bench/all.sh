#!/usr/bin/env bash
# All benchmarks in one command (issue #19; a command, not a test: see docs/benchmarks.md). Runs the benchmarks of
# docs/benchmarks.md one after the other, never two at once (they share the cores and the ports), each with its own
# defaults unless the environment says otherwise; keeps each one's whole output in target/bench/all/<name>.log; reads
# the line `RESULT <name> key=value …` each prints at its end; and prints one Markdown table, figure and goal of
# issue #19 side by side, headed by the date, the machine, the Java, the load average before the run and the commit
# (also written to target/bench/all/table.md). A goal that no benchmark measures yet says so. A benchmark that fails
# gets "failed" in its rows and the next one runs; the exit status is then 1.
#
#   bench/all.sh                                every benchmark with its defaults (hours; lapor needs ~10 GB of disk)
#   bench/all.sh --quick                        small counts, short durations (minutes): checks that everything runs;
#                                               its figures are not comparable with the goals
#   bench/all.sh --only report,startup          a subset (comma-separated names, run in the usual order)
#   bench/all.sh --with-drills                  also the drills (kill-drill, backup-drill: not speed benchmarks)
#   REPORT_COUNT=100000 bench/all.sh --only report    one benchmark's knob: NAME_KNOB, the name upper-cased, - as _
#   BENCH_XMX=2g bench/all.sh                   a plain variable reaches every script (e.g. BENCH_JAVA_OPTS; COUNT
#                                               would reach all four scripts that have a COUNT)
#
# Benchmarks, in the order they run (name: script, its knobs):
#   listing         listing-benchmark.sh          COUNT DURATION CONNECTIONS (needs wrk and nginx)
#   public-pages    public-pages-benchmark.sh     COUNT QUERIES DURATION CONNECTIONS WARMUP_MIN WARMUP_MAX KEEP_DATA (needs wrk and nginx)
#   startup         startup-benchmark.sh          RESTARTS SETTLE
#   helpdesk-queue  helpdesk-queue-benchmark.sh   COUNT IMPORT REQUESTS WARMUP KEEP_DATA
#   report          report-benchmark.sh           COUNT RUNS WARMUP MONTH
#   email-intake    email-intake-benchmark.sh     COUNT MAIL_SERVER TIMEOUT (dovecot by default)
#   whatsapp        whatsapp-benchmark.sh         MESSAGES NUMBERS CONCURRENCY SAMPLES
#   livechat        livechat-benchmark.sh         CHATS AGENTS
#   lapor           lapor-benchmark.sh            SUBMISSIONS SIZE_MB CLIENTS
# Drills (only with --with-drills): kill-drill (RATE KILL_AFTER), backup-drill (RATE BACKUP_AFTER AFTER).
#
# Record a table in docs/benchmarks.md only from a run with the defaults on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/lib.sh

BENCHMARKS=(listing public-pages startup helpdesk-queue report email-intake whatsapp livechat lapor)
DRILLS=(kill-drill backup-drill)

QUICK=0; WITH_DRILLS=0; ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) bench_usage --help ;;
    --quick) QUICK=1 ;;
    --with-drills) WITH_DRILLS=1 ;;
    --only) [ $# -ge 2 ] || { echo "--only needs names, e.g. --only report,startup" >&2; exit 2; }; ONLY=$2; shift ;;
    --only=*) ONLY=${1#--only=} ;;
    *) echo "unknown argument: $1 (see bench/all.sh --help)" >&2; exit 2 ;;
  esac
  shift
done

script_of() {
  case "$1" in
    kill-drill|backup-drill) echo "bench/$1.sh" ;;
    *) echo "bench/$1-benchmark.sh" ;;
  esac
}

# the smaller knobs of --quick (a knob the caller set in the environment wins)
quick_knobs() {
  case "$1" in
    listing) echo "COUNT=1000 DURATION=3s CONNECTIONS=16" ;;
    public-pages) echo "COUNT=5000 QUERIES=200 DURATION=3s WARMUP_MIN=5 WARMUP_MAX=5 WARMUP_WINDOW=5" ;;
    startup) echo "RESTARTS=1 SETTLE=2" ;;
    helpdesk-queue) echo "COUNT=2000 REQUESTS=5 WARMUP=1" ;;
    report) echo "COUNT=20000 RUNS=3 WARMUP=2" ;;
    email-intake) echo "COUNT=200 TIMEOUT=300 MAIL_SERVER=$(command -v dovecot >/dev/null && echo dovecot || echo greenmail)" ;;
    whatsapp) echo "MESSAGES=1000 NUMBERS=100 SAMPLES=10 WARMUP_MIN_ROUNDS=1 WARMUP_MAX_ROUNDS=1" ;;
    livechat) echo "CHATS=20" ;;
    lapor) echo "SUBMISSIONS=40 SIZE_MB=1" ;;
    kill-drill) echo "KILL_AFTER=10" ;;
    backup-drill) echo "BACKUP_AFTER=10 AFTER=5" ;;
  esac
}

# each script's knobs (as its --help names them), for the settings line of each run
knob_names() {
  case "$1" in
    listing) echo COUNT DURATION CONNECTIONS ;;
    public-pages) echo COUNT QUERIES DURATION CONNECTIONS WARMUP_MIN WARMUP_MAX KEEP_DATA ;;
    startup) echo RESTARTS SETTLE ;;
    helpdesk-queue) echo COUNT IMPORT REQUESTS WARMUP KEEP_DATA ;;
    report) echo COUNT RUNS WARMUP MONTH KEEP_DATA ;;
    email-intake) echo COUNT MAIL_SERVER TIMEOUT ;;
    whatsapp) echo MESSAGES NUMBERS CONCURRENCY SAMPLES WARMUP_MIN_ROUNDS WARMUP_MAX_ROUNDS ;;
    livechat) echo CHATS AGENTS ;;
    lapor) echo SUBMISSIONS SIZE_MB CLIENTS ;;
    kill-drill) echo RATE KILL_AFTER ;;
    backup-drill) echo RATE BACKUP_AFTER AFTER ;;
  esac
}

SELECTED=()
if [ -n "$ONLY" ]; then
  IFS=, read -ra WANTED <<< "$ONLY"
  for w in "${WANTED[@]}"; do
    case " ${BENCHMARKS[*]} ${DRILLS[*]} " in
      *" $w "*) ;;
      *) echo "unknown benchmark: $w (names: ${BENCHMARKS[*]} ${DRILLS[*]})" >&2; exit 2 ;;
    esac
  done
  for b in "${BENCHMARKS[@]}" "${DRILLS[@]}"; do
    case ",$ONLY," in *",$b,"*) SELECTED+=("$b") ;; esac
  done
else
  SELECTED=("${BENCHMARKS[@]}")
  [ "$WITH_DRILLS" = 0 ] || SELECTED+=("${DRILLS[@]}")
fi

# target/bench is listing-benchmark.sh's own scratch folder, emptied when it starts: the logs are written to
# target/bench-all while the benchmarks run and copied to target/bench/all after each one
OUT="$ROOT/target/bench/all"
STAGE="$ROOT/target/bench-all"
rm -rf "$STAGE" "$OUT"; mkdir -p "$STAGE"
publish() { mkdir -p "$OUT"; cp "$STAGE"/* "$OUT"/ 2>/dev/null || true; }

# --- the machine, before anything runs ---------------------------------------------------------------------------
STARTED=$(date -u '+%Y-%m-%d %H:%M:%S UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
CORES=$(nproc)
MEMORY=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
CPU_MODEL=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
JAVA_VERSION=$(java -version 2>&1 | head -1 || true)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
BRANCH=$(git rev-parse --abbrev-ref HEAD 2>/dev/null || echo "?")
DIRTY=$(git status --porcelain --untracked-files=no 2>/dev/null | head -1 || true)
OTHER_JAVA=$(pgrep -c -x java || true)

declare -A V=()        # "<name>.<key>" → value, from each RESULT line
declare -A STATUS=()   # name → ok | failed
declare -A SECONDS_OF=() KNOBS_OF=()

run_one() { # name
  local name=$1 script log prefix var knob kv t0 rc=0 line k v
  script=$(script_of "$name")
  log="$STAGE/$name.log"
  local envs=()
  if [ "$QUICK" = 1 ]; then
    for kv in $(quick_knobs "$name"); do
      printenv "${kv%%=*}" > /dev/null || envs+=("$kv")
    done
  fi
  prefix=$(echo "$name" | tr 'a-z-' 'A-Z_')_
  while read -r var; do
    knob=${var#"$prefix"}
    [[ $knob =~ ^[A-Z][A-Z0-9_]*$ ]] && envs+=("$knob=${!var}")
  done < <(compgen -e | grep "^$prefix" || true)
  # the settings that differ from the script's defaults: given here, or set by the caller for every script
  KNOBS_OF[$name]=""
  local heap="BENCH_XMX BENCH_JVM"
  [ "$name" != report ] || heap=""   # report-benchmark.sh sets its own heap (2g)
  for k in $(knob_names "$name") $heap; do
    v=""
    for kv in "${envs[@]}"; do [ "${kv%%=*}" != "$k" ] || v=${kv#*=}; done
    [ -n "$v" ] || v=$(printenv "$k" || true)
    [ -z "$v" ] || KNOBS_OF[$name]+="${KNOBS_OF[$name]:+ }$k=$v"
  done
  echo "== $name: $script${KNOBS_OF[$name]:+ (${KNOBS_OF[$name]})} → target/bench/all/$name.log"
  t0=$(date +%s)
  env "${envs[@]}" bash "$script" > "$log" 2>&1 < /dev/null || rc=$?
  SECONDS_OF[$name]=$(( $(date +%s) - t0 ))
  publish
  line=$(grep "^RESULT $name " "$log" | tail -1 || true)
  if [ -n "$line" ]; then
    for kv in ${line#"RESULT $name "}; do V["$name.${kv%%=*}"]=${kv#*=}; done
  fi
  case "$name" in
    *-drill) # no RESULT line: the drill's own count, and its exit status
      if grep -q '^acknowledged but missing: ' "$log"; then STATUS[$name]=ok; V["$name.rc"]=$rc; else STATUS[$name]=failed; fi ;;
    *) if [ "$rc" = 0 ] && [ -n "$line" ]; then STATUS[$name]=ok; else STATUS[$name]=failed; fi ;;
  esac
  if [ "${STATUS[$name]}" = ok ]; then
    echo "   done in ${SECONDS_OF[$name]} s"
  else
    echo "   FAILED after ${SECONDS_OF[$name]} s (exit $rc$([ -n "$line" ] || echo ", no RESULT line")); its last lines:"
    tail -5 "$log" | sed 's/^/   | /'
  fi
}

for b in "${SELECTED[@]}"; do run_one "$b"; done
FINISHED=$(date -u '+%H:%M:%S UTC')

# --- the table ---------------------------------------------------------------------------------------------------
# a value of the RESULT line if it is a number, else nothing
num() { local v=${V["$1.$2"]:-}; if [[ $v =~ ^-?[0-9]+([.][0-9]+)?$ ]]; then echo "$v"; fi; }
# a number as docs/benchmarks.md writes them: 30.319, 0,154 (dot for thousands, comma for decimals)
fmt() { # value [decimals]
  [ -n "$1" ] || { echo "?"; return; }
  awk -v v="$1" -v d="${2:-0}" 'BEGIN {
    s = sprintf("%." d "f", v); sign = ""; if (substr(s, 1, 1) == "-") { sign = "-"; s = substr(s, 2) }
    f = ""; p = index(s, "."); if (p) { f = "," substr(s, p + 1); s = substr(s, 1, p - 1) }
    g = ""; while (length(s) > 3) { g = "." substr(s, length(s) - 2) g; s = substr(s, 1, length(s) - 3) }
    print sign s g f }'
}
# comparisons: status 0 (true), 1 (false) or 2 (a figure is missing)
le() { [ -n "$1" ] && [ -n "$2" ] || return 2; awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }
ge() { [ -n "$1" ] && [ -n "$2" ] || return 2; awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }
is() { [ -n "$1" ] && [ -n "$2" ] || return 2; [ "$1" = "$2" ]; }
# every check true (each a command line as one string; the numbers in them come from the RESULT lines)
all_of() { local c; for c in "$@"; do eval "$c" || return $?; done; }
yesno() { local rc=0; "$@" || rc=$?; case $rc in 0) echo yes ;; 1) echo no ;; *) echo "–" ;; esac; }
# met? only where the run measured the goal's own workload ("–" otherwise): met_if COMPARABLE… -- CHECK…
met_if() {
  local cond=()
  while [ "$1" != -- ]; do cond+=("$1"); shift; done
  shift
  if "${cond[@]}"; then yesno "$@"; else echo "–"; fi
}
ms_to_s() { if [ -n "$1" ]; then awk -v v="$1" 'BEGIN { print v / 1000 }'; fi; }
# min, median and max of numbers (one a line) → "min median max"
spread() { sort -n | awk 'NF { v[++n] = $1 } END { if (n) print v[1], v[int((n + 1) / 2)], v[n] }'; }
# the settings of a run, e.g. "COUNT=20000" or "defaults"
knobs() { local d="the script's defaults"; echo "${KNOBS_OF[$1]:-$d}"; }

ROWS=()
row() { ROWS+=("| $1 | $2 | $3 | $4 |"); }
# the figure cell of a benchmark that did not give its figures
missing() { # name
  if [ "${STATUS[$1]:-}" = failed ]; then echo "failed (see target/bench/all/$1.log)"; else echo "not run (not selected)"; fi
}
ok() { [ "${STATUS[$1]:-}" = ok ]; }

# startup: restart, first start, memory
s=startup
if ok $s; then
  read -r _ rmed rmax < <(for k in "${!V[@]}"; do [[ $k =~ ^startup\.restart_[0-9]+_ms$ ]] && echo "${V[$k]}"; done | spread) || true
  first=$(num "$s" first_ms)
  n=$(num "$s" restarts)
  row "restart until both apps answer (\`java\` started → \`/\` and \`/portal/login.xhtml\` 200) — startup-benchmark.sh, $n restart(s)" \
      "median $(fmt "$(ms_to_s "${rmed:-}")" 1) s, worst $(fmt "$(ms_to_s "${rmax:-}")" 1) s" \
      "≤ 10 s" "$(yesno le "${rmax:-}" 10000)"
  row "first start on an empty data directory (migrations and demo data) — startup-benchmark.sh" \
      "$(fmt "$(ms_to_s "$first")" 1) s" "≤ 15 s" "$(yesno le "$first" 15000)"
  if [ -n "$(num "$s" restart_1_main_cpu_s)" ]; then
    read -r cmin _ cmax < <(for k in "${!V[@]}"; do [[ $k =~ ^startup\.restart_[0-9]+_main_cpu_s$ ]] && echo "${V[$k]}"; done | spread) || true
    read -r amin _ amax < <(for k in "${!V[@]}"; do [[ $k =~ ^startup\.restart_[0-9]+_cpu_s$ ]] && echo "${V[$k]}"; done | spread) || true
    read -r jmin _ jmax < <(for k in "${!V[@]}"; do [[ $k =~ ^startup\.restart_[0-9]+_jit_cpu_s$ ]] && echo "${V[$k]}"; done | spread) || true
    row "↳ the floor of a restart: the CPU time used until both answer, on $(nproc) cores — startup-benchmark.sh" \
        "main thread (deploys both applications one after the other) $(fmt "${cmin:-}" 1) – $(fmt "${cmax:-}" 1) s; all threads $(fmt "${amin:-}" 1) – $(fmt "${amax:-}" 1) s, of it the JIT compilers $(fmt "${jmin:-}" 1) – $(fmt "${jmax:-}" 1) s" \
        "–" "–"
  fi
  read -r mmin _ mmax < <(for k in "${!V[@]}"; do [[ $k =~ ^startup\..*_rss_(ready|settled)_mb$ ]] && num startup "${k#startup.}"; done | spread) || true
  row "memory right after start (RSS when both answer and $(num "$s" settle_s) s later, every start) — startup-benchmark.sh, -Xmx${V[$s.xmx]:-1g}" \
      "$(fmt "${mmin:-}") – $(fmt "${mmax:-}") MB" "≤ 600 MB RSS" "$(yesno le "${mmax:-}" 600)"
else
  row "restart until both apps answer (\`java\` started → \`/\` and \`/portal/login.xhtml\` 200) — startup-benchmark.sh" "$(missing "$s")" "≤ 10 s" "–"
  row "first start on an empty data directory — startup-benchmark.sh" "$(missing "$s")" "≤ 15 s" "–"
  row "memory right after start — startup-benchmark.sh" "$(missing "$s")" "≤ 600 MB RSS" "–"
fi
# memory after the import: the queue benchmark reads the portal's RSS right after its CSV import (100.000 by default)
q=helpdesk-queue
if ok $q && [ -n "$(num "$q" rss_after_import_mb)" ]; then
  row "memory after the CSV import of $(fmt "$(num "$q" import)") tickets (RSS right after the import's answer; the most since the start in brackets) — helpdesk-queue-benchmark.sh, ./portal run's JVM options" \
      "$(fmt "$(num "$q" rss_after_import_mb)") MB ($(fmt "$(num "$q" rss_peak_import_mb)") MB)" "≤ 900 MB RSS" \
      "$(met_if is "$(num "$q" import)" 100000 -- le "$(num "$q" rss_after_import_mb)" 900)"
elif ok $q; then
  row "memory after the CSV import of 100.000 tickets — helpdesk-queue-benchmark.sh" "not measured (KEEP_DATA=1: no import in this run)" "≤ 900 MB RSS" "–"
else
  row "memory after the CSV import of 100.000 tickets — helpdesk-queue-benchmark.sh" "$(missing "$q")" "≤ 900 MB RSS" "–"
fi

# public pages: listing-benchmark.sh measures cache hits beside nginx, without gzip
s=listing
# cache misses, search without the page cache, gzip on both sides: public-pages-benchmark.sh
p=public-pages
# "N s of warm-up (the JIT compiler settled)" from the script's listing_/search_warmup_s and _warm_settled
warmed() { # script phase
  local settled=${V[$1.$2_warm_settled]:-}
  echo "$(fmt "$(num "$1" "$2_warmup_s")") s of warm-up ($( [ "$settled" = yes ] && echo "the JIT compiler settled" || echo "the JIT compiler still busy at its end"))"
}
if ok $p; then
  pcount=$(num "$p" count); pconn=$(num "$p" connections)
  p95=$(num "$p" search_miss_p95_ms)
  row "search, $(fmt "$(num "$p" queries)") distinct queries over $(fmt "$pcount") publications with PDF text, no page cache, $pconn connections, ${V[$p.duration]:-?} after $(warmed "$p" search) — public-pages-benchmark.sh" \
      "p95 $(fmt "$p95" 2) ms (p50 $(fmt "$(num "$p" search_miss_p50_ms)" 2), p99 $(fmt "$(num "$p" search_miss_p99_ms)" 2) ms), $(fmt "$(num "$p" search_miss_rps)") req/s, $(fmt "$(num "$p" search_miss_non_2xx)") not 2xx" \
      "p95 ≤ 20 ms at 16 connections" \
      "$(met_if all_of "is '$pcount' 100000" "is '$(num "$p" queries)' 1000" "is '$pconn' 16" -- all_of "le '$p95' 20" "is '$(num "$p" search_miss_non_2xx)' 0")"
  if [ -n "$(num "$p" index_alone_mean_ms)" ]; then
    row "↳ the floor: the index's own work for the same queries alone, one thread, no container (bench/SearchIndexAlone.java over a copy of the index) — public-pages-benchmark.sh" \
        "CPU per search mean $(fmt "$(num "$p" index_alone_mean_ms)" 2) ms (p50 $(fmt "$(num "$p" index_alone_p50_ms)" 2), p95 $(fmt "$(num "$p" index_alone_p95_ms)" 2) ms)" \
        "–" "–"
    row "↳ the floor: the same search page with $(fmt "$(num "$p" queries)") distinct queries that match nothing (the container, Faces, the allowance; no ranking), $pconn connections, after $(warmed "$p" nohit) — public-pages-benchmark.sh" \
        "p95 $(fmt "$(num "$p" search_nohit_p95_ms)" 2) ms (p50 $(fmt "$(num "$p" search_nohit_p50_ms)" 2), p99 $(fmt "$(num "$p" search_nohit_p99_ms)" 2) ms), $(fmt "$(num "$p" search_nohit_rps)") req/s (the portal's CPU $(fmt "$(num "$p" search_nohit_cpu_ms)" 2) ms an answer), $(fmt "$(num "$p" search_nohit_non_2xx)") not 2xx; with the index's work, a search's mean answer time at $pconn connections cannot be below $pconn × ($(fmt "$(num "$p" index_alone_mean_ms)" 2) + $(fmt "$(num "$p" search_nohit_cpu_ms)" 2)) / $(nproc) = $(fmt "$(num "$p" search_mean_bound_ms)" 1) ms" \
        "–" "–"
  fi
  row "↳ the index kept on disk: restart until both apps answer, $(fmt "$pcount") publications — public-pages-benchmark.sh" \
      "$(fmt "$(num "$p" restart_s)" 1) s, index ${V[$p.index_on_restart]:-?} (first start, index built: $(fmt "$(num "$p" first_start_s)" 1) s)" \
      "a restart does not rebuild it" "$(is "${V[$p.index_on_restart]:-}" opened && echo yes || echo no)"
else
  row "search, 1.000 distinct queries over 100.000 publications with PDF text, no page cache — public-pages-benchmark.sh" "$(missing "$p")" "p95 ≤ 20 ms at 16 connections" "–"
fi
if ok $s; then
  settings="$(fmt "$(num "$s" count)") publications without PDF text, $(num "$s" connections) connections, ${V[$s.duration]:-?}"
  row "↳ measured instead: one search \`/cari?q=pajak+daerah\` repeated (page cache hits), $settings — listing-benchmark.sh" \
      "$(fmt "$(num "$s" search_rps)") req/s, p50 $(fmt "$(num "$s" search_p50_ms)" 2) ms, p99 $(fmt "$(num "$s" search_p99_ms)" 2) ms ($(fmt "$(num "$s" search_vs_nginx_pct)" 1)% of nginx; wrk gives no p95)" \
      "–" "–"
else
  row "↳ measured instead: one search repeated (page cache hits) — listing-benchmark.sh" "$(missing "$s")" "–" "–"
fi
if ok $p; then
  p95=$(num "$p" listing_miss_p95_ms); rps=$(num "$p" listing_miss_rps)
  row "listing, filter and detail pages, every type × year × topic × page and detail pages, each address once (cache misses: page cache off), $(fmt "$pcount") publications, $pconn connections, ${V[$p.duration]:-?} after $(warmed "$p" listing) — public-pages-benchmark.sh" \
      "$(fmt "$rps") req/s, p95 $(fmt "$p95" 2) ms (p50 $(fmt "$(num "$p" listing_miss_p50_ms)" 2), p99 $(fmt "$(num "$p" listing_miss_p99_ms)" 2) ms), $(fmt "$(num "$p" listing_miss_non_2xx)") not 2xx" \
      "p95 ≤ 50 ms, ≥ 1.000 req/s" \
      "$(met_if is "$pconn" 16 -- all_of "le '$p95' 50" "ge '$rps' 1000" "is '$(num "$p" listing_miss_non_2xx)' 0")"
  pct=$(num "$p" listing_gzip_vs_nginx_pct); p99=$(num "$p" listing_gzip_p99_ms)
  row "cached public page \`/publikasi\` with gzip on both sides (the portal's gzip entry: ${V[$p.portal_gzip]:-?}; $(fmt "$(num "$p" gzip_bytes)") of $(fmt "$(num "$p" html_bytes)") bytes) beside nginx \`gzip_static\`, $pconn connections, the portal after $(warmed "$p" gzip) — public-pages-benchmark.sh" \
      "$(fmt "$pct" 1)% of nginx's rate ($(fmt "$(num "$p" listing_gzip_rps)") / $(fmt "$(num "$p" nginx_gzip_rps)") req/s), p99 $(fmt "$p99" 2) ms" \
      "≥ 50% of nginx's rate, p99 ≤ 15 ms" \
      "$(met_if is "${V[$p.portal_gzip]:-}" yes -- all_of "ge '$pct' 50" "le '$p99' 15")"
else
  row "listing, filter and detail pages, cache misses, 16 connections — public-pages-benchmark.sh" "$(missing "$p")" "p95 ≤ 50 ms, ≥ 1.000 req/s" "–"
  row "cached public page, gzip on both sides — public-pages-benchmark.sh" "$(missing "$p")" "≥ 50% of nginx's rate, p99 ≤ 15 ms" "–"
fi
if ok $s; then
  pct=$(num "$s" listing_vs_nginx_pct); p99=$(num "$s" listing_p99_ms)
  row "↳ measured instead: the cached listing page \`/publikasi\` beside nginx serving the same file, no gzip, $settings — listing-benchmark.sh" \
      "$(fmt "$pct" 1)% of nginx's rate ($(fmt "$(num "$s" listing_rps)") / $(fmt "$(num "$s" nginx_static_rps)") req/s), p50 $(fmt "$(num "$s" listing_p50_ms)" 2) ms, p99 $(fmt "$p99" 2) ms" \
      "issue #2 (10.000 publications, 64 connections): ≥ 35% of nginx's rate, p99 ≤ 20 ms" \
      "$(met_if all_of "is '$(num "$s" count)' 10000" "is '$(num "$s" connections)' 64" -- all_of "ge '$pct' 35" "le '$p99' 20")"
else
  row "↳ measured instead: the cached listing page beside nginx, no gzip — listing-benchmark.sh" "$(missing "$s")" \
      "issue #2: ≥ 35% of nginx's rate, p99 ≤ 20 ms" "–"
fi

# staff ticket queue: helpdesk-queue-benchmark.sh, 1.000.000 tickets by default (issue #5's 100.000 with COUNT=100000)
s=helpdesk-queue
if ok $s; then
  count=$(num "$s" count); worst_p95=$(num "$s" max_p95_ms)
  # the collector's full collections during the timed requests (their pauses are the slowest answers at a million)
  pauses=""; [ -z "$(num "$s" gc_full)" ] || pauses="; $(fmt "$(num "$s" gc_full)") full collections of the collector during the $(fmt "$(num "$s" timed_s)") s of requests, the longest $(fmt "$(num "$s" gc_full_max_ms)") ms"
  row "staff ticket queue, every filter and sort: $(fmt "$count") tickets ($(fmt "$(num "$s" import)") of them through the CSV import), the page with its counters, each queue, paging, the four filters, each sortable column both ways and deep in each order; $(num "$s" kinds) kinds, $(num "$s" requests) requests each — helpdesk-queue-benchmark.sh" \
      "p95 of the slowest kind $(fmt "$worst_p95") ms (${V[$s.max_p95_kind]:-?})$pauses" \
      "p95 ≤ 300 ms" "$(met_if is "$count" 1000000 -- le "$worst_p95" 300)"
else
  row "staff ticket queue, every filter and sort, 1.000.000 tickets — helpdesk-queue-benchmark.sh" "$(missing "$s")" "p95 ≤ 300 ms" "–"
fi
if ok $s; then
  p95s() { for k in "$@"; do num "$s" "${k}_p95_ms"; done | spread; }
  read -r pmin _ pmax < <(p95s page_get queue_all_first all_page_2 all_page_spread all_page_last) || true
  read -r fmin _ fmax < <(p95s all_status_filter all_channel_filter all_category_filter all_text_search) || true
  worst() { local k best="" bv=-1 v; for k in "$@"; do v=$(num "$s" "${k}_p95_ms"); [ -n "$v" ] && ge "$v" "$bv" && { bv=$v; best=$k; }; done; echo "$best"; }
  row "↳ measured instead: the agent queue at $(fmt "$count") tickets, the page and paging (first, next, spread, last pages), $(num "$s" requests) requests each — helpdesk-queue-benchmark.sh" \
      "p95 $(fmt "${pmin:-}") – $(fmt "${pmax:-}") ms (worst: $(worst page_get queue_all_first all_page_2 all_page_spread all_page_last))" \
      "issue #5 (100.000 tickets): p95 ≤ 500 ms" "$(met_if is "$count" 100000 -- le "${pmax:-}" 500)"
  row "↳ the same, the four filters (status, channel, category, text search); no column sort" \
      "p95 $(fmt "${fmin:-}") – $(fmt "${fmax:-}") ms (worst: $(worst all_status_filter all_channel_filter all_category_filter all_text_search))" \
      "issue #5 (100.000 tickets): p95 ≤ 500 ms" "$(met_if is "$count" 100000 -- le "${fmax:-}" 500)"
  rest=""; [ -z "$(num "$s" bulk_s)" ] || rest="; the rest loaded straight into H2 in $(fmt "$(num "$s" bulk_s)") s"
  row "↳ the CSV import of $(fmt "$(num "$s" import)") of those tickets (one request$rest) — helpdesk-queue-benchmark.sh" \
      "$(fmt "$(num "$s" import_s)" 1) s" "–" "–"
else
  row "↳ measured instead: the agent queue at 100.000 tickets, page, paging and filters — helpdesk-queue-benchmark.sh" "$(missing "$s")" \
      "issue #5: p95 ≤ 500 ms" "–"
fi

# monthly report
s=report
if ok $s; then
  count=$(num "$s" count); R=$(num "$s" figures_s); S=$(num "$s" bare_sql_s); ratio=$(num "$s" ratio); pdf=$(num "$s" pdf_s)
  settings="measured: $(fmt "$count") tickets, month ${V[$s.month]:-?}, median of $(num "$s" runs) after $(num "$s" warmup) warm-up"
  row "report over 1.000.000 tickets: the month's figures beside the bare SQL ($settings) — report-benchmark.sh" \
      "$(fmt "$R" 3) s, $(fmt "$ratio" 2)× the bare SQL ($(fmt "$S" 3) s${V[$s.bare_jvms]:+, the lowest of ${V[$s.bare_jvms]} JVMs})" "figures ≤ 0,5 s and ≤ 1,5× the bare SQL" \
      "$(met_if is "$count" 1000000 -- all_of "le '$R' 0.5" "le '$ratio' 1.5")"
  row "report over 1.000.000 tickets: the month's PDF ($settings) — report-benchmark.sh" \
      "$(fmt "$pdf" 3) s ($(fmt "$(num "$s" pdf_bytes)") bytes)" "PDF ≤ 1 s" "$(met_if is "$count" 1000000 -- le "$pdf" 1)"
else
  row "report over 1.000.000 tickets: the month's figures beside the bare SQL — report-benchmark.sh" "$(missing "$s")" \
      "figures ≤ 0,5 s and ≤ 1,5× the bare SQL" "–"
  row "report over 1.000.000 tickets: the month's PDF — report-benchmark.sh" "$(missing "$s")" "PDF ≤ 1 s" "–"
fi

# the channels' intakes (issues #12–#15, goals from docs/benchmarks.md)
s=email-intake
if ok $s; then
  count=$(num "$s" count); rate=$(num "$s" ledger_rate); done_=$(num "$s" processed)
  row "e-mail intake (#12): $(fmt "$count") waiting messages become tickets, ${V[$s.mail_server]:-?}, H2 — email-intake-benchmark.sh" \
      "$(fmt "$rate") messages/s ($(fmt "$done_") kept and processed in $(fmt "$(num "$s" ledger_s)" 1) s, the portal's ledger); $(fmt "$(num "$s" server_rate)")/s seen from the mail server$([ -n "$(num "$s" server_left)" ] && echo "; timeout, $(num "$s" server_left) left in the INBOX")" \
      "≥ 100 messages/s on H2 (10.000 messages)" "$(met_if is "$count" 10000 -- all_of "ge '$rate' 100" "is '$done_' '$count'")"
else
  row "e-mail intake (#12): 10.000 waiting messages become tickets — email-intake-benchmark.sh" "$(missing "$s")" "≥ 100 messages/s on H2 (10.000 messages)" "–"
fi
s=whatsapp
if ok $s; then
  db=H2; goal=1000; [ "${V[$s.db]:-h2}" = postgresql ] && { db=PostgreSQL; goal=500; }
  rate=$(num "$s" rate); failed=$(num "$s" failed)
  comparable() { is "$(num "$s" messages)" 10000 && is "$(num "$s" concurrency)" 16; }
  row "WhatsApp webhook (#13): signed deliveries stored durably, $(fmt "$(num "$s" messages)") from $(fmt "$(num "$s" numbers)") numbers, $(num "$s" concurrency) connections, $db, after a warm-up in rounds of 5.000 deliveries until the JIT compiler settles — whatsapp-benchmark.sh" \
      "$(fmt "$rate") deliveries/s ($(fmt "$(num "$s" store_s)" 1) s, $(fmt "$failed") failed); the portal's CPU $(fmt "$(num "$s" cpu_ms_per_delivery)" 2) ms per delivery; warm-up $(fmt "$(num "$s" warmup_deliveries)") deliveries in $(num "$s" warmup_rounds) round(s), the compiler settled: ${V[$s.warmup_settled]:-?} ($(num "$s" warmup_compiler_pct)% of a core in the last); right after the start $(fmt "$(num "$s" first_rate)")/s" \
      "≥ 1.000/s on H2, ≥ 500/s on PostgreSQL (10.000 deliveries, 16 connections)" \
      "$(met_if comparable -- all_of "ge '$rate' $goal" "is '$failed' 0")"
  p95=$(num "$s" reply_p95_ms)
  row "WhatsApp chatbot (#13): reply latency, $(num "$s" reply_samples) new numbers saying \"Halo\" one at a time — whatsapp-benchmark.sh" \
      "p50 $(fmt "$(num "$s" reply_p50_ms)") ms, p95 $(fmt "$p95") ms, max $(fmt "$(num "$s" reply_max_ms)") ms" "p95 ≤ 300 ms" "$(yesno le "$p95" 300)"
else
  row "WhatsApp webhook (#13): signed deliveries stored durably — whatsapp-benchmark.sh" "$(missing "$s")" "≥ 1.000/s on H2, ≥ 500/s on PostgreSQL (10.000 deliveries, 16 connections)" "–"
  row "WhatsApp chatbot (#13): reply latency — whatsapp-benchmark.sh" "$(missing "$s")" "p95 ≤ 300 ms" "–"
fi
s=livechat
if ok $s; then
  p95=$(num "$s" p95_ms); lost=$(num "$s" lost)
  row "live chat (#14): $(num "$s" chats) concurrent chats, an agent's answer (staff API, 201) → the visitor's socket, $(num "$s" agents) agent thread(s) — livechat-benchmark.sh" \
      "p50 $(fmt "$(num "$s" p50_ms)") ms, p95 $(fmt "$p95") ms, max $(fmt "$(num "$s" max_ms)") ms; $(fmt "$lost") not arrived" \
      "p95 ≤ 200 ms (200 chats)" "$(met_if is "$(num "$s" chats)" 200 -- all_of "le '$p95' 200" "is '$lost' 0")"
else
  row "live chat (#14): 200 concurrent chats, an agent's answer → the visitor's socket — livechat-benchmark.sh" "$(missing "$s")" "p95 ≤ 200 ms (200 chats)" "–"
fi
s=lapor
if ok $s; then
  sent=$(num "$s" sent); other=$(num "$s" other); counted=$(awk -v a="$(num "$s" counted_after)" -v b="$(num "$s" counted_before)" 'BEGIN { print a - b }')
  row "Email Lapor (#15): the reporting peak, $(fmt "$sent") reports of $(num "$s" size_mb) MB from $(num "$s" clients) clients — lapor-benchmark.sh" \
      "$(fmt "$(num "$s" rate)" 1) reports/s, $(fmt "$(num "$s" mb_per_s)" 1) MB/s ($(fmt "$(num "$s" seconds)" 1) s); answers p95 $(fmt "$(num "$s" p95_ms)") ms, p99 $(fmt "$(num "$s" p99_ms)") ms; $(fmt "$(num "$s" created)") receipts, $(fmt "$other") refused, $(fmt "$counted") counted" \
      "the day's peak of 2.000 reports of 5 MB taken, none refused or lost, each counted once (no rate stated)" \
      "$(met_if all_of "is '$sent' 2000" "is '$(num "$s" size_mb)' 5" -- all_of "is '$other' 0" "is '$counted' '$sent'")"
else
  row "Email Lapor (#15): the reporting peak, 2.000 reports of 5 MB — lapor-benchmark.sh" "$(missing "$s")" \
      "the day's peak of 2.000 reports of 5 MB taken, none refused or lost, each counted once (no rate stated)" "–"
fi

# the drills, when run: their own counts (no RESULT line) and their exit status
for s in "${DRILLS[@]}"; do
  [ -n "${STATUS[$s]:-}" ] || continue
  what="kill -9 under load, restarted — kill-drill.sh"; [ "$s" = backup-drill ] && what="backup under load, restored into an empty data directory — backup-drill.sh"
  if ok "$s"; then
    log="$OUT/$s.log"
    field() { sed -n "s/^$1: \([0-9]*\).*/\1/p" "$log" | tail -1; }
    row "drill: $what" \
        "$(field acknowledged) acknowledged, $(field 'acknowledged but missing') missing, $(field 'records without their file') without their file, $(field 'numbers given twice') numbers given twice" \
        "nothing acknowledged lost (docs/security.md)" "$([ "${V[$s.rc]}" = 0 ] && echo yes || echo no)"
  else
    row "drill: $what" "$(missing "$s")" "nothing acknowledged lost (docs/security.md)" "–"
  fi
done

FAILED=()
for b in "${SELECTED[@]}"; do [ "${STATUS[$b]}" = ok ] || FAILED+=("$b"); done

{
  echo "### bench/all.sh, $STARTED – $FINISHED"
  echo
  if [ "$QUICK" = 1 ]; then
    echo "**Quick run (\`--quick\`): small counts and short durations to check that everything runs. These figures are not"
    echo "comparable with the goals; \"met?\" says \"–\" wherever the run did not measure the goal's own workload.**"
    echo
  fi
  echo "- command: \`bench/all.sh$([ "$QUICK" = 0 ] || echo " --quick")$([ -z "$ONLY" ] || echo " --only $ONLY")$([ "$WITH_DRILLS" = 0 ] || echo " --with-drills")\`"
  echo "- machine: $CORES cores (\`nproc\`)${CPU_MODEL:+, $CPU_MODEL}, $(fmt "$MEMORY" 1) GiB memory; $JAVA_VERSION"
  echo "- load average before the run: $LOAD_BEFORE; other Java processes at the start: $OTHER_JAVA"
  echo "- commit: $COMMIT ($BRANCH$([ -n "$DIRTY" ] && echo ", with uncommitted changes"))"
  echo
  echo "| what | figure | goal | met? |"
  echo "| --- | --- | --- | --- |"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Runs (settings; whole output in target/bench/all/<name>.log):"
  for b in "${SELECTED[@]}"; do
    echo "- $b: ${STATUS[$b]}, ${SECONDS_OF[$b]} s ($(knobs "$b"))"
  done
  [ "$WITH_DRILLS" = 1 ] || [ -n "$ONLY" ] || echo "- drills (kill-drill, backup-drill): not run (add --with-drills)"
} > "$STAGE/table.md"
publish
echo
cat "$OUT/table.md"
rm -rf "$STAGE"
[ ${#FAILED[@]} = 0 ] || { echo; echo "failed: ${FAILED[*]}" >&2; exit 1; }
