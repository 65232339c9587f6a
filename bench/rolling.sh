#!/usr/bin/env bash
# A rolling release on one PostgreSQL database, as an operator does it (issue 29): release A serves under load while
# release B starts on the same database and migrates it; then A is restarted on the migrated database.
#
#   A_JAR=../old/target/stepping-stone-0.1.0-SNAPSHOT.jar B_JAR=target/stepping-stone-0.1.0-SNAPSHOT.jar \
#     RUNS=3 bash bench/rolling.sh                  # as root: a private cluster through .ci/postgres.sh
#
# Each run starts a new, empty cluster, starts A on it (postgres profile, page cache off, so every request reads the
# database), warms it up, and loads it with wrk (CONNECTIONS connections, the pages of RollingReleaseTests' PAGES in
# turn, bench/rolling.lua) in phases, one RESULT line each, with the load average when the phase ended:
#   before     BEFORE seconds of A alone
#   during     from B's launch to B's readiness (B migrates the database meanwhile)
#   after      AFTER seconds with both running
#   restart    A and B stopped (SIGTERM), A started again on the migrated database: did it start, in how long,
#              and the lines its log prints about the database and the catalog (LOG lines below it)
#   restarted  RESTARTED seconds of load on the restarted A (when it started)
# A's non-2xx answers go to $WORK/<run>.non2xx (time, status, the start of the body), the logs to $WORK/<run>-*.log.
# Each jar runs in its own checkout's root (the parent of its target/ folder).
set -Eeuo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
A_JAR=$(realpath "${A_JAR:?the running release, a jar}")
B_JAR=$(realpath "${B_JAR:-target/stepping-stone-0.1.0-SNAPSHOT.jar}")
RUNS=${RUNS:-1}
PORT_A=${PORT_A:-18091}
PORT_B=${PORT_B:-18092}
PG_PORT=${PG_PORT:-15491}
PG_DIR=${PG_DIR:-/tmp/steppingstone-pg-rolling}
CONNECTIONS=${CONNECTIONS:-8}
WARMUP=${WARMUP:-30}
BEFORE=${BEFORE:-10}
AFTER=${AFTER:-10}
RESTARTED=${RESTARTED:-5}
WORK=${WORK:-$ROOT/target/rolling}
A_EXTRA=${A_EXTRA:-}
B_EXTRA=${B_EXTRA:-}
mkdir -p "$WORK"
A_PID=; B_PID=; WRK=
cleanup() {
	for pid in "$WRK" "$A_PID" "$B_PID"; do
		[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
	done
	PG_PORT=$PG_PORT PG_DIR=$PG_DIR bash .ci/postgres.sh stop || true
}
trap cleanup EXIT
# Waits up to $2 tenths of a second for the readiness of the app on port $1 with process id $3.
ready() {
	for _ in $(seq 1 "$2"); do
		kill -0 "$3" 2>/dev/null || return 1
		[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness")" = 200 ] && return 0
		sleep 0.1
	done
	return 1
}
now() { date +%s.%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
DB_ARGS=(--spring.profiles.active=postgres "--spring.datasource.url=jdbc:postgresql://127.0.0.1:$PG_PORT/steppingstone"
	--spring.datasource.username=postgres --spring.datasource.password= --server.address=127.0.0.1)
# start <jar> <port> <log> [args...]: starts the jar in its own checkout's root; sets STARTED to its process id.
start() {
	local jar=$1 port=$2 log=$3
	shift 3
	(cd "$(dirname "$jar")/.." && exec java -Xmx256m -jar "$jar" --server.port="$port" "${DB_ARGS[@]}" "$@") > "$log" 2>&1 &
	STARTED=$!
}
# wrk_on_a <duration> <output>: loads A for the duration.
wrk_on_a() {
	NON2XX_FILE=$NON wrk -t2 -c"$CONNECTIONS" -d"$1" --timeout 10s -s bench/rolling.lua "http://127.0.0.1:$PORT_A" \
		> "$2" 2>&1
}
stop() {
	[ -n "$1" ] && kill -TERM "$1" 2>/dev/null && wait "$1" 2>/dev/null || true
}
echo "A=$A_JAR"
echo "B=$B_JAR"
for run in $(seq 1 "$RUNS"); do
	NON=$WORK/$run.non2xx; : > "$NON"
	PG_PORT=$PG_PORT PG_DIR=$PG_DIR bash .ci/postgres.sh start > /dev/null
	start "$A_JAR" "$PORT_A" "$WORK/$run-a.log" --steppingstone.page-cache.enabled=false $A_EXTRA
	A_PID=$STARTED
	if ! ready "$PORT_A" 1800 "$A_PID"; then
		echo "run $run: A did not start (not counted), see $WORK/$run-a.log"
		stop "$A_PID"; A_PID=
		continue
	fi
	wrk_on_a "${WARMUP}s" "$WORK/$run-warmup.wrk"
	wrk_on_a "${BEFORE}s" "$WORK/$run-before.wrk"
	echo "run $run: phase=before $(grep RESULT "$WORK/$run-before.wrk") load=[$(load)]"

	echo "LOAD $(date +%T.%3N)" >> "$NON"
	# wrk itself in the background (not a function's subshell), so that the SIGINT below reaches it: it stops and
	# prints its RESULT line.
	NON2XX_FILE=$NON wrk -t2 -c"$CONNECTIONS" -d3600s --timeout 10s -s bench/rolling.lua "http://127.0.0.1:$PORT_A" \
		> "$WORK/$run-during.wrk" 2>&1 &
	WRK=$!
	sleep 0.3
	echo "B-LAUNCH $(date +%T.%3N)" >> "$NON"
	launched=$(now)
	start "$B_JAR" "$PORT_B" "$WORK/$run-b.log" $B_EXTRA
	B_PID=$STARTED
	if ready "$PORT_B" 3000 "$B_PID"; then b_state=ready; else b_state=failed; fi
	took=$(echo "$(now) - $launched" | bc)
	echo "B-$b_state $(date +%T.%3N)" >> "$NON"
	kill -INT "$WRK"
	wait "$WRK" || true
	WRK=
	echo "run $run: phase=during $(grep RESULT "$WORK/$run-during.wrk") b=$b_state b_seconds=$(printf %.1f "$took") load=[$(load)]"
	grep -hE "Successfully applied|Current version of schema|is up to date|Migrating schema|newer than|older than|Detected|ERROR|deadlock" \
		"$WORK/$run-b.log" | sed -E 's/^/    B: /' | cut -c1-300 || true

	wrk_on_a "${AFTER}s" "$WORK/$run-after.wrk"
	echo "run $run: phase=after $(grep RESULT "$WORK/$run-after.wrk") load=[$(load)]"

	stop "$B_PID"; B_PID=
	stop "$A_PID"; A_PID=
	launched=$(now)
	start "$A_JAR" "$PORT_A" "$WORK/$run-a-restart.log" --steppingstone.page-cache.enabled=false $A_EXTRA
	A_PID=$STARTED
	if ready "$PORT_A" 1800 "$A_PID"; then a_state=yes; else a_state=no; fi
	took=$(echo "$(now) - $launched" | bc)
	echo "run $run: phase=restart RESULT started=$a_state seconds=$(printf %.1f "$took") log=$WORK/$run-a-restart.log"
	grep -hE "newer than|older than|not loaded|not reloaded|Detected|Validate failed|Successfully applied|is up to date|APPLICATION FAILED|Started [A-Za-z]+ in" \
		"$WORK/$run-a-restart.log" | sed -E 's/^/    LOG: /' | cut -c1-400 || true
	if [ "$a_state" = yes ]; then
		wrk_on_a "${RESTARTED}s" "$WORK/$run-restarted.wrk"
		echo "run $run: phase=restarted $(grep RESULT "$WORK/$run-restarted.wrk") load=[$(load)]"
	fi
	stop "$A_PID"; A_PID=
	PG_PORT=$PG_PORT PG_DIR=$PG_DIR bash .ci/postgres.sh stop || true
done
