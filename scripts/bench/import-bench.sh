#!/usr/bin/env bash
# Import benchmark: a 100,000-row file committed through POST /api/v1/imports (one transaction), against
# psql \copy of the same rows into the same tables, on a throw-away Debian PostgreSQL 15 cluster.
#
#   ./mvnw package -DskipTests            # once: the packaged app in target/quarkus-app
#   scripts/bench/import-bench.sh [rows] [runs]
#
# Each run starts from the same database (a template made after migrations and demo data) so every import and
# every \copy inserts into identical tables, with the same indexes, constraints and audit triggers.
#
# Two measures: wall-clock time, and CPU time (the app's JVM plus every PostgreSQL process, or psql plus every
# PostgreSQL process). On a machine shared with other work the wall-clock ratio swings with the load; the CPU-time
# ratio is the work each way costs and stays put.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS="${1:-100000}"
RUNS="${2:-3}"
PG=/usr/lib/postgresql/15/bin
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "Package first: ./mvnw package -DskipTests" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/import-bench.XXXXXX")"
chmod 755 "$work"
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
PGPORT="$(free_port)"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  as_pg "$PG/pg_ctl" -D "$work/pgdata" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/pgdata" && [ "$(id -u)" = 0 ] && chown -R postgres "$work/pgdata"
as_pg "$PG/initdb" -D "$work/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PG/pg_ctl" -D "$work/pgdata" -w -l "$work/pgdata/log" \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $work/pgdata -c fsync=off -c synchronous_commit=off -c shared_buffers=256MB" start >/dev/null
psql_() { psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }
psql_ -c "create database bench_tpl"

python3 scripts/bench/make-import-file.py "$ROWS" "$work" >/dev/null
FILE="$work/import-$ROWS.csv"
echo "file: $(wc -c <"$FILE") bytes, $ROWS rows (half targets, half outcomes)"

APP_PORT="$(free_port)"
start_app() { # $1 = database
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$1" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=postgres INDICATORS_EMBEDDED_DB=false INDICATORS_DEMO_DATA=true \
  INDICATORS_ADMIN_PASSWORD=bench-password-123 \
  QUARKUS_HTTP_PORT="$APP_PORT" QUARKUS_LOG_CONSOLE_LEVEL=WARN \
    java -jar "$JAR" >"$work/app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$APP_PORT/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "the app did not start:" >&2; tail -50 "$work/app-$1.log" >&2; exit 1
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

# The template: schema (Flyway) and demo data (regions, indicators, sources), made by the app itself.
start_app bench_tpl
stop_app

TICK=$(getconf CLK_TCK)
# CPU seconds (user + system) of a process: $1 = pid, $2 = 1 to add its reaped children (the postmaster's backends)
proc_cpu() { awk -v c="$2" '{t=$14+$15; if (c==1) t+=$16+$17; print t}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_cpu() { # the postmaster with reaped backends, plus the live backends
  local pm; pm=$(head -1 "$work/pgdata/postmaster.pid")
  local total; total=$(proc_cpu "$pm" 1)
  for child in $(pgrep -P "$pm"); do total=$((total + $(proc_cpu "$child" 0))); done
  echo "$total"
}
import_run() { # $1 = dryRun; prints seconds
  curl -s -o "$work/answer.json" -w '%{time_total}' -u admin:bench-password-123 \
    -F "file=@$FILE;type=text/csv" "http://127.0.0.1:$APP_PORT/api/v1/imports?dryRun=$1"
}

declare -a imp cpy cpy_bare dry again imp_cpu cpy_cpu
for run in $(seq 1 "$RUNS"); do
  psql_ -c "create database imp$run template bench_tpl" -c "create database cpy$run template bench_tpl" \
        -c "create database bare$run template bench_tpl"
  start_app "imp$run"
  dry[$run]="$(import_run true)"      # also warms the JIT for the parse, validation and plan
  c0=$(( $(proc_cpu "$APP_PID" 0) + $(pg_cpu) ))
  imp[$run]="$(import_run false)"
  imp_cpu[$run]=$(echo "($(proc_cpu "$APP_PID" 0) + $(pg_cpu) - $c0) / $TICK" | bc -l)
  grep -q "\"created\":$ROWS" "$work/answer.json" || { echo "import failed:"; cat "$work/answer.json"; exit 1; }
  again[$run]="$(import_run false)"  # the same file again: nothing changes
  grep -q "\"unchanged\":$ROWS" "$work/answer.json" || { echo "re-import changed something:"; cat "$work/answer.json"; exit 1; }
  stop_app

  copy_sql="\\copy target (region_code, indicator_key, year, comparator, value, wording, quote, adopted_on, status) from '$work/targets-$ROWS.tsv'
\\copy actual (region_code, indicator_key, year, vintage, comparator, value, published_on, note, status) from '$work/actuals-$ROWS.tsv'"
  c0=$(pg_cpu)
  t0=$(date +%s.%N); psql_cpu=$( { /usr/bin/time -f '%U %S' psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -1 -d "cpy$run" <<<"$copy_sql" >/dev/null; } 2>&1 | tail -1 ); t1=$(date +%s.%N)
  cpy[$run]=$(echo "$t1 - $t0" | bc)
  cpy_cpu[$run]=$(echo "($(pg_cpu) - $c0) / $TICK + $(echo "$psql_cpu" | awk '{print $1 + $2}')" | bc -l)
  # The same \copy with the audit triggers off: the floor for loading these rows.
  psql_ -d "bare$run" -c "alter table target disable trigger user" -c "alter table actual disable trigger user"
  t0=$(date +%s.%N); psql_ -1 -d "bare$run" <<<"$copy_sql"; t1=$(date +%s.%N)
  cpy_bare[$run]=$(echo "$t1 - $t0" | bc)
  audited=$(psql_ -At -d "imp$run" -c "select count(*) from figure_audit where via = 'import'")
  printf 'run %d: import %.2fs, %.2f CPU-s (dry run %.2fs, again %.2fs, %s audit rows) | \\copy %.2fs, %.2f CPU-s | \\copy without audit triggers %.2fs | load %s\n' \
    "$run" "${imp[$run]}" "${imp_cpu[$run]}" "${dry[$run]}" "${again[$run]}" "$audited" "${cpy[$run]}" "${cpy_cpu[$run]}" \
    "${cpy_bare[$run]}" "$(cut -d' ' -f1 /proc/loadavg)"
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mi=$(median "${imp[@]}"); mc=$(median "${cpy[@]}"); mb=$(median "${cpy_bare[@]}")
mic=$(median "${imp_cpu[@]}"); mcc=$(median "${cpy_cpu[@]}")
echo
printf 'median of %d runs, %d rows:\n' "$RUNS" "$ROWS"
printf '  import commit (HTTP upload + parse + validate + plan + COPY + audit): %.2f s = %.0f rows/s\n' "$mi" "$(echo "$ROWS / $mi" | bc -l)"
printf '  psql \\copy, same tables and triggers:                               %.2f s = %.0f rows/s\n' "$mc" "$(echo "$ROWS / $mc" | bc -l)"
printf '  psql \\copy, audit triggers disabled:                                %.2f s = %.0f rows/s\n' "$mb" "$(echo "$ROWS / $mb" | bc -l)"
printf '  import speed / \\copy speed: %.2f (with triggers), %.2f (against \\copy without them)\n' \
  "$(echo "$mc / $mi" | bc -l)" "$(echo "$mb / $mi" | bc -l)"
printf '  CPU time: import %.2f s, \\copy %.2f s; \\copy CPU / import CPU: %.2f\n' "$mic" "$mcc" "$(echo "$mcc / $mic" | bc -l)"
