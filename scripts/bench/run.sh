#!/usr/bin/env bash
# National-scale benchmark of the chart API, with nginx serving the same bytes in the same run.
# Needs: wrk, nginx-light, PostgreSQL 15 server (Debian: postgresql-15), python3; run as root on Debian
# (it installs the packages if missing). Not part of the test command. Results: target/bench/results.md
#
# usage: scripts/bench/run.sh [--regions 3000] [--years 25] [--duration 15] [--reload]
# Environment: BENCH_JAVA_OPTS replaces the image's JVM flags; QUIET_WAIT (s) bounds the wait for a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
REGIONS=3000; YEARS=25; DURATION=15; RELOAD=false
while [ $# -gt 0 ]; do case $1 in
  --regions) REGIONS=$2; shift 2;; --reload) RELOAD=true; shift;; --years) YEARS=$2; shift 2;; --duration) DURATION=$2; shift 2;;
  *) echo "unknown option $1"; exit 2;; esac; done

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need nginx || [ ! -x /usr/lib/postgresql/15/bin/postgres ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk nginx-light postgresql-15 >/dev/null
fi
PG=/usr/lib/postgresql/15/bin
W=/tmp/indicator-bench; mkdir -p "$W" target/bench
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PGPORT=$(free_port); APPPORT=$(free_port); NGPORT=$(free_port)

trap 'echo "run.sh failed at line $LINENO: $BASH_COMMAND" >&2' ERR

# 1. A PostgreSQL 15 cluster of its own, one per dataset size. A cluster whose load finished is kept and reused
#    (loading 9 million rows takes a quarter of an hour); --reload starts from scratch.
PGD="$W/pg-$REGIONS-$YEARS"
[ "$RELOAD" = true ] && rm -rf "$PGD"
if [ ! -f "$PGD/loaded" ]; then
  rm -rf "$PGD"; mkdir -p "$PGD"; chown postgres "$PGD"; chmod 755 "$W"
  runuser -u postgres -- $PG/initdb -D "$PGD" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
runuser -u postgres -- $PG/pg_ctl -D "$PGD" -w -l "$PGD/server.log" -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGD -c fsync=off -c shared_buffers=512MB -c max_wal_size=4GB" start >/dev/null
cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  [ -f "$W/nginx.pid" ] && kill "$(cat "$W/nginx.pid")" 2>/dev/null || true
  runuser -u postgres -- $PG/pg_ctl -D "$PGD" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

# 2. The application (its Flyway migrations create the schema), production build, with the container image's JVM
#    flags and its memory limit (768 MiB, k8s/base) given as -XX:MaxRAM since there is no container here.
IMAGE_JVM="-XX:MaxRAM=768m -XX:+UseSerialGC -XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError -XX:-UsePerfData -XX:TrimNativeHeapInterval=5000"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q clean package -Dprod -Dmaven.test.skip=true
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/postgres" QUARKUS_DATASOURCE_USERNAME=postgres \
QUARKUS_DATASOURCE_PASSWORD=postgres INDICATORS_DEMO_DATA=false INDICATORS_ADMIN_PASSWORD=benchmark-admin-pw \
INDICATORS_JOBS_REVISION_WATCH_CRON=off INDICATORS_JOBS_MISSING_OUTCOMES_CRON=off \
QUARKUS_HTTP_PORT=$APPPORT MALLOC_ARENA_MAX=2 java ${BENCH_JAVA_OPTS:-$IMAGE_JVM} -jar target/quarkus-app/quarkus-run.jar > "$W/app.log" 2>&1 &
APP_PID=$!
until curl -sf "http://127.0.0.1:$APPPORT/q/health/ready" >/dev/null; do sleep 0.5; done

# 3. The national dataset, loaded with COPY
if [ ! -f "$W/data-$REGIONS-$YEARS/actual.csv" ]; then
  python3 scripts/bench/generate-national.py "$W/data-$REGIONS-$YEARS" --regions "$REGIONS" --years "$YEARS"
fi
if [ ! -f "$PGD/loaded" ]; then
  START=$(date +%s)
  scripts/bench/load-national.sh "$W/data-$REGIONS-$YEARS" "host=127.0.0.1 port=$PGPORT user=postgres dbname=postgres" | tail -3
  echo $(( $(date +%s) - START )) > "$PGD/loaded"
  sleep 2
fi
LOAD_SECONDS=$(cat "$PGD/loaded")

APP="http://127.0.0.1:$APPPORT"
SERIES="/api/v1/charts/series?region=110001&indicator=gdp_growth"
REGIONS_URL="/api/v1/charts/compare-regions?indicator=gdp_growth&year=2024"

# 4. nginx serves the very same bytes
mkdir -p "$W/www" "$W/tmp"
curl -sf "$APP$SERIES" -o "$W/www/series.json"
sed -e "s#__DIR__#$W#g" -e "s#__PORT__#$NGPORT#g" scripts/bench/nginx.conf > "$W/nginx.conf"
nginx -c "$W/nginx.conf" & sleep 1
NGINX="http://127.0.0.1:$NGPORT/series.json"
APP_ETAG=$(curl -sI "$APP$SERIES" | awk 'tolower($1)=="etag:"{print $2}' | tr -d '\r')
NG_ETAG=$(curl -sI "$NGINX" | awk 'tolower($1)=="etag:"{print $2}' | tr -d '\r')

# Share of the CPUs busy over 3 s (from /proc/stat), and a wait until the machine is quiet before measuring, since
# other work on a 2-core machine skews every number (QUIET_WAIT seconds at most, then measure anyway and say so).
busy() {
  read -r _ a b c d e f g _ < /proc/stat; local t1=$((a+b+c+d+e+f+g)) i1=$((d+e)); sleep 3
  read -r _ a b c d e f g _ < /proc/stat; local t2=$((a+b+c+d+e+f+g)) i2=$((d+e))
  echo $(( 100 - 100 * (i2 - i1) / (t2 - t1) ))
}
waited=0; calm=0
while [ $calm -lt 5 ] && [ $waited -lt "${QUIET_WAIT:-1800}" ]; do   # five quiet samples in a row
  if [ "$(busy)" -le 10 ]; then calm=$((calm + 1)); else calm=0; fi; waited=$((waited + 3))
done
BUSY_BEFORE=$(busy)

run() { local c=${CONNS:-64}; wrk -t$(( c < 2 ? c : 2 )) -c"$c" -d"${DURATION}s" --latency "$@" 2>&1; }
rps() { awk '/Requests\/sec/{print $2}'; }
p99() { awk '/ 99%/{print $2}'; }
p50() { awk '/ 50%/{print $2}'; }
rss() { ps -o rss= -p "$APP_PID" | awk '{printf "%.0f", $1/1024}'; }

run "$NGINX" > /dev/null; run "$APP$SERIES" > /dev/null   # warm-up (the JIT compiles the hot paths)
CONNS=2 run -s scripts/bench/uncached.lua "$APP$SERIES" > /dev/null; CONNS=1 run -s scripts/bench/uncached.lua "$APP$REGIONS_URL" > /dev/null
NG_OUT=$(run "$NGINX"); APP_OUT=$(run "$APP$SERIES"); RSS_CACHED=$(rss)
NG304_OUT=$(run -H "If-None-Match: $NG_ETAG" "$NGINX"); APP304_OUT=$(run -H "If-None-Match: $APP_ETAG" "$APP$SERIES")
# Latency of one request at a time (nothing queued behind it), then throughput and latency with 8 at once.
UNC1_OUT=$(CONNS=1 run -s scripts/bench/uncached.lua "$APP$SERIES")
UNC_OUT=$(CONNS=8 run -s scripts/bench/uncached.lua "$APP$SERIES"); RSS_UNCACHED=$(rss)
CR_OUT=$(CONNS=1 run -s scripts/bench/uncached.lua "$APP$REGIONS_URL"); RSS_REGIONS=$(rss)
BUSY_AFTER=$(busy)
PEAK=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' /proc/$APP_PID/status)

# The revision watch over the whole dataset (scheduled every 10 minutes; switched off above so that it does not run
# during the HTTP measurements): its first run records every target, a second finds nothing changed.
watch() {
  local t0; t0=$(date +%s%N)
  curl -s -m 1800 -u admin:benchmark-admin-pw -X POST "$APP/api/v1/jobs/revision-watch/runs" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("status"), "-", d.get("detail"))'
  echo "$(( ($(date +%s%N) - t0) / 1000000 )) ms"
}
WATCH1=$(watch | tr '\n' ' '); RSS_WATCH1=$(rss)
WATCH2=$(watch | tr '\n' ' '); RSS_WATCH2=$(rss)
PEAK_ALL=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' /proc/$APP_PID/status)
ERRORS=$(printf '%s\n' "$APP_OUT" "$APP304_OUT" "$UNC1_OUT" "$UNC_OUT" "$CR_OUT" | grep -E "Non-2xx|Socket errors" || true)
BYTES=$(stat -c %s "$W/www/series.json"); CR_BYTES=$(curl -s "$APP$REGIONS_URL" | wc -c)

ratio() { python3 -c "print(f'{float(\"$1\")/float(\"$2\"):.2f}')"; }
{
  echo "# Chart API benchmark ($(date -u +%F), $(nproc) cores, wrk on the same machine)"
  echo
  echo "Dataset: $REGIONS regions x 40 indicators x $YEARS years, targets + 2 vintages; COPY load ${LOAD_SECONDS}s."
  echo "Series response: $BYTES bytes; compare-regions response: $CR_BYTES bytes."
  echo "JVM flags: ${BENCH_JAVA_OPTS:-$IMAGE_JVM}. CPU busy before measuring: ${BUSY_BEFORE}% (after waiting ${waited} s for a quiet machine); right after: ${BUSY_AFTER}%."
  echo "Errors reported by wrk: ${ERRORS:-none}."
  echo
  echo "| Measure | Service | nginx | Ratio |"
  echo "|---|---|---|---|"
  echo "| cached series, req/s | $(echo "$APP_OUT" | rps) | $(echo "$NG_OUT" | rps) | $(ratio "$(echo "$APP_OUT" | rps)" "$(echo "$NG_OUT" | rps)") |"
  echo "| 304 revalidation, req/s | $(echo "$APP304_OUT" | rps) | $(echo "$NG304_OUT" | rps) | $(ratio "$(echo "$APP304_OUT" | rps)" "$(echo "$NG304_OUT" | rps)") |"
  echo "| uncached series, one request at a time: p50 / p99 | $(echo "$UNC1_OUT" | p50) / $(echo "$UNC1_OUT" | p99) | | |"
  echo "| uncached series, 8 connections: req/s, p50 / p99 | $(echo "$UNC_OUT" | rps), $(echo "$UNC_OUT" | p50) / $(echo "$UNC_OUT" | p99) | | |"
  echo "| uncached compare-regions over all regions, one at a time: p50 / p99 | $(echo "$CR_OUT" | p50) / $(echo "$CR_OUT" | p99) | | |"
  echo "| resident memory (MB) after cached / uncached / compare-regions load; peak | $RSS_CACHED / $RSS_UNCACHED / $RSS_REGIONS; $PEAK | | |"
  echo
  echo "Revision watch over the dataset: first run $WATCH1(RSS after: $RSS_WATCH1 MB); second run $WATCH2(RSS after: $RSS_WATCH2 MB). Peak resident memory including the watch: $PEAK_ALL MB."
  echo
  echo '```'; echo "$APP_OUT"; echo "$NG_OUT"; echo "$APP304_OUT"; echo "$NG304_OUT"; echo "$UNC1_OUT"; echo "$UNC_OUT"; echo "$CR_OUT"; echo '```'
} | tee target/bench/results.md
