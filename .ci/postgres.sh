#!/usr/bin/env bash
# Starts (or stops) a private PostgreSQL cluster on 127.0.0.1:15432 for the tests, as the postgres user.
#   source .ci/postgres.sh start   -> a new, empty cluster; exports STEPPINGSTONE_TEST_POSTGRES_URL
#   .ci/postgres.sh stop           -> stops it, keeping its data
#   .ci/postgres.sh resume         -> starts a stopped cluster again, with its data
# PG_PORT and PG_DIR choose another cluster (the fault tests start their own, and stop and resume it).
set -euo pipefail
PG_PORT="${PG_PORT:-15432}"
PG_DIR="${PG_DIR:-/tmp/steppingstone-pg}"

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$bin"
}

pg_start() {
  runuser -u postgres -- "$1/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
}

case "${1:-start}" in
  start)
    BIN=$(pg_bin)
    if [ -f "$PG_DIR/postmaster.pid" ]; then
      runuser -u postgres -- "$BIN/pg_ctl" -D "$PG_DIR" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_DIR"
    mkdir -p "$PG_DIR"
    chown postgres:postgres "$PG_DIR"
    runuser -u postgres -- "$BIN/initdb" -D "$PG_DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    pg_start "$BIN"
    "$BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE steppingstone" >/dev/null
    export STEPPINGSTONE_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/steppingstone"
    echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on $STEPPINGSTONE_TEST_POSTGRES_URL"
    ;;
  resume)
    pg_start "$(pg_bin)"
    ;;
  stop)
    BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$BIN" ] && [ -f "$PG_DIR/postmaster.pid" ] && runuser -u postgres -- "$BIN/pg_ctl" -D "$PG_DIR" -m fast -w stop >/dev/null
    ;;
esac
