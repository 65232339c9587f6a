#!/usr/bin/env bash
# A stopping replica drops nothing: SIGTERM under load, run after run (README, "Deploying").
#
#   ./mvnw -q -DskipTests package
#   DB=h2 RUNS=10 bash bench/shutdown.sh
#   DB=postgres RUNS=10 bash bench/shutdown.sh     # as root: a private cluster through .ci/postgres.sh
#
# Each run starts the jar (page cache off, so every request reads the database), warms it up, on PostgreSQL stops the
# database for OUTAGE seconds and waits as the load balancer does until it is ready again, loads /programs with wrk
# (CONNECTIONS connections for LOAD seconds) and sends SIGTERM after SIGNAL_AFTER seconds of it. It prints wrk's counts
# per status and its socket errors per run, then the totals; non-2xx answers (time, status, headers) go to
# $WORK/<db>-<run>.non2xx with the times of the signal and the exit, the app's log to $WORK/<db>-<run>.log.
# A run whose app does not start (or not become ready after the outage) is reported and not counted.
set -Eeuo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
DB=${DB:-h2}
RUNS=${RUNS:-10}
PORT=${PORT:-18090}
PG_PORT=${PG_PORT:-15490}
PG_DIR=${PG_DIR:-/tmp/steppingstone-pg-shutdown}
CONNECTIONS=${CONNECTIONS:-16}
LOAD=${LOAD:-8}
SIGNAL_AFTER=${SIGNAL_AFTER:-4}
WARMUP=${WARMUP:-10}
OUTAGE=${OUTAGE:-3}
JAR=${JAR:-target/stepping-stone-0.1.0-SNAPSHOT.jar}
WORK=${WORK:-$ROOT/target/shutdown}
EXTRA=${EXTRA:-}
mkdir -p "$WORK"
URL=http://127.0.0.1:$PORT
APP_PID=
cleanup() {
	[ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" || true
	[ "$DB" = postgres ] && PG_PORT=$PG_PORT PG_DIR=$PG_DIR bash .ci/postgres.sh stop || true
}
trap cleanup EXIT
ready() {
	for _ in $(seq 1 "$1"); do
		kill -0 "$APP_PID" 2>/dev/null || return 1
		[ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/actuator/health/readiness")" = 200 ] && return 0
		sleep 0.2
	done
	return 1
}
# As the load balancer does (deploy/haproxy.cfg: rise 2, inter 2s): traffic only after two good checks 2 s apart.
balanced() {
	ready "$1" && sleep 2 && ready 1
}
ARGS=(--server.port=$PORT --server.address=127.0.0.1 --steppingstone.page-cache.enabled=false)
if [ "$DB" = postgres ]; then
	PG_PORT=$PG_PORT PG_DIR=$PG_DIR bash .ci/postgres.sh start >/dev/null
	ARGS+=(--spring.profiles.active=postgres "--spring.datasource.url=jdbc:postgresql://127.0.0.1:$PG_PORT/steppingstone"
		--spring.datasource.username=postgres --spring.datasource.password=)
fi
TOTAL=0; BAD=0; ERRS=0; COUNTED=0
for run in $(seq 1 "$RUNS"); do
	LOG=$WORK/$DB-$run.log; NON=$WORK/$DB-$run.non2xx; : > "$NON"
	java -Xmx256m -jar "$JAR" "${ARGS[@]}" $EXTRA > "$LOG" 2>&1 &
	APP_PID=$!
	if ! ready 900; then
		echo "run $run: the app did not start (not counted), see $LOG"
		kill -KILL "$APP_PID" 2>/dev/null || true
		APP_PID=
		continue
	fi
	wrk -t2 -c$CONNECTIONS -d${WARMUP}s "$URL/programs" > /dev/null
	if [ "$DB" = postgres ]; then
		PG_PORT=$PG_PORT PG_DIR=$PG_DIR bash .ci/postgres.sh stop
		for _ in 1 2 3 4 5; do curl -s -o /dev/null "$URL/programs"; done
		sleep "$OUTAGE"
		PG_PORT=$PG_PORT PG_DIR=$PG_DIR bash .ci/postgres.sh resume
		if ! balanced 300; then
			echo "run $run: not ready after the outage (not counted), see $LOG"
			kill -KILL "$APP_PID" 2>/dev/null || true
			APP_PID=
			continue
		fi
	fi
	echo "LOAD $(date +%T.%3N)" >> "$NON"
	NON2XX_FILE=$NON wrk -t2 -c$CONNECTIONS -d${LOAD}s --timeout 10s -s bench/shutdown.lua "$URL/programs" > "$WORK/$DB-$run.wrk" &
	WRK=$!
	sleep "$SIGNAL_AFTER"
	echo "SIGTERM $(date +%T.%3N)" >> "$NON"
	kill -TERM "$APP_PID"
	wait "$APP_PID" || true
	echo "EXITED $(date +%T.%3N)" >> "$NON"
	APP_PID=
	wait "$WRK" || true
	line=$(grep RESULT "$WORK/$DB-$run.wrk")
	echo "run $run: $line"
	req=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<< "$line")
	ok=$(grep -oE '\b2[0-9][0-9]:[0-9]+' <<< "$line" | cut -d: -f2 | paste -sd+ | bc || echo 0)
	errs=$(sed -E 's/.*connect=([0-9]+) read=([0-9]+) write=([0-9]+) timeout=([0-9]+).*/\1+\2+\3+\4/' <<< "$line" | bc)
	COUNTED=$((COUNTED + 1)); TOTAL=$((TOTAL + req)); BAD=$((BAD + req - ${ok:-0})); ERRS=$((ERRS + errs))
done
echo "TOTAL db=$DB runs=$COUNTED requests=$TOTAL non2xx=$BAD socket_errors=$ERRS"
