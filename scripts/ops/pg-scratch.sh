#!/usr/bin/env bash
# A throw-away PostgreSQL 15 (Debian packages) for measurements and drills on a machine without Docker.
#   scripts/ops/pg-scratch.sh start DIR PORT   -> initdb (first time) and start; prints the JDBC URL
#   scripts/ops/pg-scratch.sh stop DIR         -> fast shutdown (the drill's "PostgreSQL stopped")
#   scripts/ops/pg-scratch.sh kill DIR         -> immediate shutdown (crash-like)
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
cmd=$1 dir=$2 port=${3:-}
as_pg() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"; [ "$(id -u)" = "0" ] && chown postgres "$dir"
      as_pg "$BIN/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_pg "$BIN/pg_ctl" -D "$dir" -w -l "$dir/server.log" \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
    echo "jdbc:postgresql://127.0.0.1:$port/postgres"
    ;;
  stop) as_pg "$BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null ;;
  kill) as_pg "$BIN/pg_ctl" -D "$dir" -m immediate -w stop >/dev/null ;;
  *) echo "usage: $0 start|stop|kill DIR [PORT]" >&2; exit 2 ;;
esac
