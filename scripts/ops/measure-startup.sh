#!/usr/bin/env bash
# Measures the packaged application the way it runs in a pod: time from process start to the first 200 from
# /q/health/ready with an external PostgreSQL, resident memory after start, and after a minute of load.
#   ./mvnw clean package -Dprod -Dmaven.test.skip=true && scripts/ops/measure-startup.sh [RUNS]
# JVM flags are those of the image (pom.xml, profile prod) with the container limit given as -XX:MaxRAM,
# since there is no container here: MEMORY_LIMIT=768m by default.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
LIMIT=${MEMORY_LIMIT:-768m}
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw clean package -Dprod -Dmaven.test.skip=true" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
work=$(mktemp -d); chmod 755 "$work"; pgport=$(free_port); appport=$(free_port)
url=$(scripts/ops/pg-scratch.sh start "$work/pg" "$pgport")
trap 'kill $app 2>/dev/null || true; scripts/ops/pg-scratch.sh stop "$work/pg" || true; rm -rf "$work"' EXIT
JVM=(${NMT:+-XX:NativeMemoryTracking=summary} -XX:MaxRAM=$LIMIT -XX:+UseSerialGC -XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError -XX:-UsePerfData -XX:TrimNativeHeapInterval=5000 -Djava.util.logging.manager=org.jboss.logmanager.LogManager)
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg); limit: $LIMIT"
for i in $(seq 1 "$RUNS"); do
  demo=$([ "$i" = 1 ] && echo true || echo false)   # the first run creates the schema and loads the demo data
  start=$(date +%s%N)
  QUARKUS_HTTP_PORT=$appport QUARKUS_DATASOURCE_JDBC_URL=$url QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=postgres INDICATORS_DEMO_DATA=$demo INDICATORS_ADMIN_PASSWORD=measure-admin-pw \
    MALLOC_ARENA_MAX=2 java "${JVM[@]}" -jar "$JAR" > "$work/app.log" 2>&1 &
  app=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$appport/q/health/ready"; do sleep 0.02; done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$app/status)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' /proc/$app/stat)
  quarkus=$(grep -o 'started in [0-9.]*s' "$work/app.log" | head -1)
  line="run $i (demo data $demo): ready after ${ready} ms ($quarkus), ${cpu} CPU-seconds used by then, RSS ${rss} MiB"
  if [ "$i" = "$RUNS" ] && command -v wrk >/dev/null; then
    wrk -t2 -c32 -d60s "http://127.0.0.1:$appport/api/v1/scorecard?region=CN&year=2023" > "$work/wrk.txt"
    # every request a different URL: no response-cache hits, and the cache fills towards its 64 MB bound
    cat > "$work/miss.lua" <<'LUA'
request = function()
  return wrk.format("GET", "/api/v1/actuals?region=230700&size=50&page=" .. math.random(0, 1000000))
end
LUA
    wrk -t2 -c32 -d60s -s "$work/miss.lua" "http://127.0.0.1:$appport" > "$work/wrk2.txt"
    peak=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$app/status)
    rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$app/status)
    [ -n "${NMT:-}" ] && jcmd $app VM.native_memory summary | grep -E "^(Total|-)" | head -20
    line="$line; after 2 min of load: RSS ${rss} MiB, peak ${peak} MiB; $(grep Requests/sec "$work/wrk.txt" | tr -s ' ') (scorecard, cached), $(grep Requests/sec "$work/wrk2.txt" | tr -s ' ') (uncached pages)"
  fi
  echo "$line"
  kill $app; wait $app 2>/dev/null || true
done
