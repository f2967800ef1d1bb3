# Shared by the benchmark commands (sourced, not run): the usage text, the tool check, the build, and starting and
# stopping one Payara Micro with both WARs on 127.0.0.1, as `./portal run` deploys them.
#
# The caller sets ROOT (the repository), WORK (its scratch folder), DATA (the portal's data folder) and PORT, and may
# set BENCH_XMX (heap, default 1g), BENCH_DB_URL (default the H2 file under DATA; a jdbc:postgresql: URL selects
# PostgreSQL's data source), BENCH_PASSWORD (the demo accounts' password), BENCH_START_SECONDS (how long to wait for
# both applications, default 240) and BENCH_JAVA_OPTS (more JVM options, from the environment; on PostgreSQL these
# carry -Dportal.db.user and -Dportal.db.password: there is no default password for a database other than the
# embedded H2).

# `--help` or `-h` prints the comment block at the top of the calling script and exits.
bench_usage() {
  case "${1:-}" in
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
  esac
}

# Fails unless every named command is installed.
bench_require() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
  done
}

# Builds both WARs (extra Maven options, e.g. -o, as arguments).
bench_build() {
  echo "== building"
  mvn -B -q "$@" -DskipTests package
}

PAYARA_PID=""

# Starts the portal in the background (extra Payara Micro options as arguments, e.g. another --deploy) and waits
# until both applications answer.
start_portal() {
  launch_portal "$@"
  local _
  for _ in $(seq 1 "${BENCH_START_SECONDS:-240}"); do
    kill -0 "$PAYARA_PID" 2>/dev/null || { echo "portal stopped during start-up; see $WORK/server.log" >&2; exit 1; }
    curl -fsS -o /dev/null "http://127.0.0.1:$PORT/portal/login.xhtml" 2>/dev/null \
      && curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/status" 2>/dev/null && { trim_native_heap "$PAYARA_PID"; return 0; }
    sleep 1
  done
  echo "portal did not start; see $WORK/server.log" >&2; exit 1
}

# What ./portal run does once both applications answer (the native memory freed after start-up given back): its own
# trim_native_heap, read from ./portal as the JVM options are, so that both do the same; on first use it replaces
# this definition with that one
trim_native_heap() {
  eval "$(sed -n '/^trim_native_heap() {$/,/^}$/p' "$ROOT/portal")"
  trim_native_heap "$@"
}

# The JVM options the benchmarks' portal runs with: those of ./portal run (its PORTAL_JVM_DEFAULTS) unless BENCH_JVM
# replaces them, then -Xmx$BENCH_XMX if set, then BENCH_JAVA_OPTS (system properties, flags that keep the collector).
bench_jvm_options() {
  echo "${BENCH_JVM-$(sed -n 's/^PORTAL_JVM_DEFAULTS="\(.*\)"$/\1/p' "$ROOT/portal")} ${BENCH_XMX:+-Xmx$BENCH_XMX} ${BENCH_JAVA_OPTS:-}"
}

# Starts Payara Micro with both WARs in the background, as `./portal run` does, and returns at once (PAYARA_PID).
launch_portal() {
  local jar="$ROOT/portal-web/target/payara-micro.jar"
  local dbclass=org.h2.jdbcx.JdbcDataSource
  case "${BENCH_DB_URL:-}" in jdbc:postgresql:*) dbclass=org.postgresql.ds.PGSimpleDataSource ;; esac
  printf '%s\n' "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1" \
    > "$WORK/preboot.asadmin"
  # no daily backup (portal.backup.at=off): on a benchmark's new database it would start at the first ten-minute check
  # and copy the whole database while requests are timed (it did, under the queue benchmark of 5 December);
  # BENCH_JAVA_OPTS, which comes later, may set it again
  MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} \
  java -Dportal.backup.at=off $(bench_jvm_options) -Duser.timezone=UTC -Dfile.encoding=UTF-8 \
       -Dportal.data.dir="$DATA" -Dportal.db.url="${BENCH_DB_URL:-jdbc:h2:file:$DATA/db/portal;CACHE_SIZE=65536}" -Dportal.db.class="$dbclass" \
       -Dportal.demo.password="${BENCH_PASSWORD:-Bench-Sandi-2024}" -Dportal.public.base-url="http://127.0.0.1:$PORT" \
       -jar "$jar" --nohazelcast --disablephonehome --port "$PORT" --unpackdir "$DATA/payara" \
       --interfaces 127.0.0.1 --prebootcommandfile "$WORK/preboot.asadmin" \
       --deploy "$ROOT/portal-web/target/portal-web.war:/portal" \
       --deploy "$ROOT/public-site/target/public-site.war:/" "$@" > "$WORK/server.log" 2>&1 &
  PAYARA_PID=$!
}

# Stops the portal started by start_portal, if any, and waits for it to end.
stop_portal() {
  [ -n "$PAYARA_PID" ] && kill -TERM "$PAYARA_PID" 2>/dev/null && wait "$PAYARA_PID" 2>/dev/null || true
  PAYARA_PID=""
}

# The CPU time (in clock ticks of /proc) process $1 has used, all its threads, those that ended included.
process_ticks() {
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}

# The CPU time (in clock ticks of /proc) the JIT compiler threads of process $1 have used, one line per thread
# ("tid ticks"): the threads come and go (the JVM starts more when there is work), so compiler_ticks_between counts
# per thread.
compiler_ticks() {
  local t
  for t in /proc/"$1"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in
      C1\ CompilerThre*|C2\ CompilerThre*) awk -v tid="${t##*/}" '{ print tid, $14 + $15 }' "$t/stat" 2>/dev/null ;;
    esac
  done
}

# The compiler threads' CPU in milliseconds between two compiler_ticks snapshots (files): a thread of the second that
# was not in the first counts from zero; one that ended in between is not counted (its last ticks are lost).
compiler_ms_between() { # before after
  awk -v hz="$(getconf CLK_TCK)" 'NR == FNR { before[$1] = $2; next } { used += $2 - before[$1] } END { printf "%d", used * 1000 / hz }' "$1" "$2"
}

# Loads the portal with wrk (the caller's arguments after the URL are the lua script's, as in the measured run) in
# windows of WARMUP_WINDOW seconds (default 15) until the JIT compiler has settled: at least WARMUP_MIN seconds
# (default 45), then until a window in which the compiler threads used less than WARMUP_SETTLED_PCT percent of one
# core (default 5), at most WARMUP_MAX seconds (default 300). On 2 cores under 16 connections the compiler gets a
# small share of the CPU and took 2 to 2,5 minutes to compile the pages' code (docs/benchmarks.md, "Warm until the
# compiler settles"); a shorter warm-up measured a process still getting faster. Prints one line per window and sets
# WARMED_S (seconds of warm-up) and WARM_SETTLED (yes, or no when WARMUP_MAX ended it).
warm_until_settled() { # url script-args…
  local url=$1 window=${WARMUP_WINDOW:-15} min=${WARMUP_MIN:-45} max=${WARMUP_MAX:-300} pct=${WARMUP_SETTLED_PCT:-5}
  shift
  local before="$WORK/compiler-before.txt" after="$WORK/compiler-after.txt" used rps
  WARMED_S=0; WARM_SETTLED=no
  while [ "$WARMED_S" -lt "$max" ]; do
    compiler_ticks "$PAYARA_PID" > "$before"
    rps=$(wrk -t2 -c"${CONNECTIONS:-16}" -d"${window}s" -s bench/public-miss.lua "$url" -- "$@" | awk '/Requests\/sec/ { print $2 }')
    compiler_ticks "$PAYARA_PID" > "$after"
    used=$(compiler_ms_between "$before" "$after")
    WARMED_S=$((WARMED_S + window))
    printf '   warm-up %4d s: %9s req/s, JIT compiler %5d ms of CPU in %d s\n' "$WARMED_S" "$rps" "$used" "$window"
    if [ "$WARMED_S" -ge "$min" ] && [ "$used" -lt $((window * 10 * pct)) ]; then
      WARM_SETTLED=yes
      break
    fi
  done
}

NGINX_PID=""

# Starts nginx in the background serving the folder $WORK/static on 127.0.0.1:PORT (NGINX_PID): one worker, access
# log off, as the benchmarks compare it; more directives of the http block as arguments (e.g. "gzip_static on;").
start_nginx() { # port [directive…]
  local port=$1; shift
  cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  $*
  server { listen 127.0.0.1:$port; root $WORK/static; location / { } }
}
NGINX
  nginx -c "$WORK/nginx.conf" -p "$WORK" &
  NGINX_PID=$!
  sleep 1
}

# Stops nginx started by start_nginx, if any.
stop_nginx() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  NGINX_PID=""
}

# Prints the line `RESULT <name> key=value …` that bench/all.sh reads: the figures the script has just printed, each
# as a plain key=value (a decimal comma from a locale becomes a dot, a space an underscore; a pair with an empty value
# is left out).
bench_result() {
  local kv line="RESULT $1"
  shift
  for kv in "$@"; do
    [ -n "${kv#*=}" ] || continue
    line="$line ${kv%%=*}=$(printf '%s' "${kv#*=}" | tr ', ' '._')"
  done
  echo "$line"
}
