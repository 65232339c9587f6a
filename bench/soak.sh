#!/usr/bin/env bash
# Load and soak test of the Stepping Stone jar as it runs in production. See bench/README.md.
#
#   bash bench/soak.sh                                          # full run: about 15 minutes
#   LOAD_DURATION=5s SOAK_MINUTES=1 WARMUP=5 bash bench/soak.sh # about 3 minutes, to check the script
#
# Prepares and starts the jar with scripts/production.sh (as bench/run.sh does), then, over every page type (every page
# in the sitemap, a filtered catalog, the API's lists and items, the CSV exports, sitemap.xml and robots.txt):
#   1. a warm-up;
#   2. load: LOAD_CONNECTIONS (256) connections for LOAD_DURATION (60 s), as fast as the app answers;
#   3. soak: SOAK_CONNECTIONS (32) connections for SOAK_MINUTES (10) minutes, each pausing SOAK_DELAY_MS (5 ms)
#      between its requests, with the app's resident memory and the load average sampled every SAMPLE_SECONDS (30).
# Writes its section of bench/results.md (between the soak.sh markers; the rest of the file is kept). Everything it
# starts is stopped on exit, even on failure.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

WARMUP=${WARMUP:-30}
LOAD_CONNECTIONS=${LOAD_CONNECTIONS:-256}
LOAD_DURATION=${LOAD_DURATION:-60s}
SOAK_CONNECTIONS=${SOAK_CONNECTIONS:-32}
SOAK_MINUTES=${SOAK_MINUTES:-10}
SOAK_DELAY_MS=${SOAK_DELAY_MS:-5}
SAMPLE_SECONDS=${SAMPLE_SECONDS:-30}
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-2s}
APP_PORT=${APP_PORT:-18180}
SKIP_BUILD=${SKIP_BUILD:-0}
START_TIMEOUT=${START_TIMEOUT:-120}
RESULTS=${RESULTS:-bench/results.md}
# Targets: no errors; p99 under load within run.sh's target for its heaviest load (50 ms at 128 connections); resident
# memory at the end of the soak within 10 % of its value at minute 2.
LIMIT_P99_US=${LIMIT_P99_US:-50000}
LIMIT_RSS_DRIFT=10

JAR=${JAR:-target/stepping-stone-0.1.0-SNAPSHOT.jar}
WORK=$ROOT/target/soak
APP_URL=http://127.0.0.1:$APP_PORT
APP_PID=
WRK_PID=
SAMPLER_PID=

log() {
	printf '[soak %s] %s\n' "$(date +%T)" "$*" >&2
}

die() {
	log "ERROR: $*"
	exit 1
}

stop_process() {
	local pid=$1 grace=$2 i
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
	kill -TERM "$pid" 2>/dev/null || true
	for ((i = 0; i < grace * 10; i++)); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	stop_process "$SAMPLER_PID" 2
	stop_process "$WRK_PID" 5
	stop_process "$APP_PID" 40
	[ "$rc" -eq 0 ] || log "failed (exit $rc); logs are in ${WORK#"$ROOT"/}/"
	exit "$rc"
}
trap cleanup EXIT
trap 'log "failed at line $LINENO: $BASH_COMMAND"' ERR
trap 'exit 130' INT
trap 'exit 143' TERM

for n in "$WARMUP" "$LOAD_CONNECTIONS" "$SOAK_CONNECTIONS" "$SOAK_MINUTES" "$SOAK_DELAY_MS" "$SAMPLE_SECONDS" "$THREADS"; do
	[[ $n =~ ^[0-9]+$ ]] || die "counts and durations in seconds must be whole numbers, not '$n'"
done
[[ $LOAD_DURATION =~ ^[0-9]+[smh]?$ ]] || die "LOAD_DURATION must be like 60s, 2m or 60, not '$LOAD_DURATION'"
[ "$APP_PORT" != 8080 ] || die "port 8080 is reserved for developers' own runs; pick another"
command -v wrk >/dev/null || die "wrk is missing: apt-get install --no-install-recommends wrk (bench/run.sh installs it)"
command -v curl >/dev/null || die "curl is missing"
# shellcheck source=bench/newest-jdk.sh
source "$ROOT/bench/newest-jdk.sh"
! (exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT") 2>/dev/null || die "port $APP_PORT is already in use (set APP_PORT)"

if [ "$SKIP_BUILD" = 1 ] && [ -f "$JAR" ]; then
	log "SKIP_BUILD=1: using the existing $JAR"
else
	log "building the jar"
	./mvnw -q -B -DskipTests package
fi

rm -rf "$WORK"
mkdir -p "$WORK"
export PRODUCTION_DIR=$WORK/production
log "preparing the production layout and its class cache in ${PRODUCTION_DIR#"$ROOT"/}"
scripts/production.sh prepare "$JAR"

LOAD_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg)
log "starting the app on port $APP_PORT (load average $LOAD_BEFORE)"
# The app's output (with the access log) is appended to app.log, which trim_log empties after counting its warnings
# and errors, so that millions of access log lines do not fill the disk.
scripts/production.sh start --server.port="$APP_PORT" --server.address=127.0.0.1 >>"$WORK/app.log" 2>&1 &
APP_PID=$!
for ((i = 0; i < START_TIMEOUT * 5; i++)); do
	[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$APP_URL/" || true)" = 200 ] && break
	kill -0 "$APP_PID" 2>/dev/null || die "the app exited during start-up: $(tail -n 20 "$WORK/app.log")"
	sleep 0.2
done
[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$APP_URL/")" = 200 ] || die "no 200 on / in ${START_TIMEOUT}s"
COMMAND=$(sed -n 's/^production.sh: //p' "$WORK/app.log" | head -n 1 | sed "s|$ROOT/||g")
cp "$WORK/app.log" "$WORK/app-start.log"
: >"$WORK/warnings.log"

trim_log() {
	grep -E '^[^ ]+ +(WARN|ERROR) ' "$WORK/app.log" >>"$WORK/warnings.log" || true
	: >"$WORK/app.log"
}

# --- every page type -----------------------------------------------------------------------------------

program=mitx-statistics-and-data-science
degree=mit-masters-supply-chain-management
pathway=mitx-supply-chain-management-to-mit-masters-supply-chain-management
mapfile -t paths < <(
	curl -fsS "$APP_URL/sitemap.xml" | sed -n 's|.*<loc>[a-z]*://[^/]*\([^<]*\)</loc>.*|\1|p'
	printf '%s\n' "/programs?field=data-science-analytics&sort=price" "/pathways?kind=credit" /api/v1/programs \
		"/api/v1/programs/$program" /api/v1/degrees "/api/v1/degrees/$degree" /api/v1/pathways \
		"/api/v1/pathways/$pathway" /api/v1/institutions /api/v1/sources /programs.csv /pathways.csv /sitemap.xml \
		/robots.txt
)
[ "${#paths[@]}" -gt 20 ] || die "the sitemap listed too few pages: ${#paths[@]}"
for path in "${paths[@]}"; do
	status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H 'Accept-Encoding: gzip' "$APP_URL$path" || true)
	[ "$status" = 200 ] || die "$path answers $status, not 200"
done
types=$(printf '%s\n' "${paths[@]}" | sed -E 's|\?.*||; s|^(/api/v1/[a-z]+/)[^/]+$|\1{id}|; s|^(/[a-z]+/)[^/]+$|\1{id}|' |
	sort -u | wc -l)
log "${#paths[@]} paths of $types types, each answering 200"
export BENCH_PATHS="${paths[*]}"

# Runs wrk over every path: name, connections, duration, delay in ms. Prints its WRK_RESULT line.
run_wrk() {
	local name=$1 conns=$2 duration=$3 pause=$4 rc=0
	BENCH_DELAY_MS=$pause wrk -t"$THREADS" -c"$conns" -d"$duration" --timeout "$TIMEOUT" --latency \
		-H 'Accept-Encoding: gzip' -s bench/mixed.lua "$APP_URL" >"$WORK/wrk-$name.txt" 2>&1 &
	WRK_PID=$!
	wait "$WRK_PID" || rc=$?
	WRK_PID=
	grep '^WRK_RESULT ' "$WORK/wrk-$name.txt" || die "wrk failed in $name (exit $rc): $(tail -n 5 "$WORK/wrk-$name.txt")"
}

# The value of key $2 in the WRK_RESULT line $1.
field() {
	tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"
}

rss_kb() {
	awk '/^VmRSS:/ { print $2 }' /proc/"$APP_PID"/status
}

if [ "$WARMUP" -gt 0 ]; then
	log "warming up for ${WARMUP}s"
	run_wrk warmup 32 "${WARMUP}s" 0 >/dev/null
fi

log "load: $LOAD_CONNECTIONS connections for $LOAD_DURATION"
LOAD=$(run_wrk load "$LOAD_CONNECTIONS" "$LOAD_DURATION" 0)
LOAD_AFTER=$(cut -d ' ' -f 1-3 /proc/loadavg)
trim_log
log "$LOAD"
kill -0 "$APP_PID" 2>/dev/null || die "the app died under load"

log "soak: $SOAK_CONNECTIONS connections for $SOAK_MINUTES minutes, ${SOAK_DELAY_MS} ms between a connection's requests"
soak_seconds=$((SOAK_MINUTES * 60))
(
	start=$SECONDS
	while :; do
		printf '%d\t%s\t%s\n' $((SECONDS - start)) "$(rss_kb)" "$(cut -d ' ' -f 1 /proc/loadavg)"
		trim_log
		[ $((SECONDS - start)) -lt "$soak_seconds" ] || break
		sleep "$SAMPLE_SECONDS"
	done
) >"$WORK/rss.tsv" &
SAMPLER_PID=$!
SOAK=$(run_wrk soak "$SOAK_CONNECTIONS" "${soak_seconds}s" "$SOAK_DELAY_MS")
wait "$SAMPLER_PID" || true
SAMPLER_PID=
log "$SOAK"
kill -0 "$APP_PID" 2>/dev/null || die "the app died during the soak"
RSS_END_KB=$(rss_kb)
HWM_KB=$(awk '/^VmHWM:/ { print $2 }' /proc/"$APP_PID"/status)
trim_log
WARNINGS=$(wc -l <"$WORK/warnings.log")

# --- report --------------------------------------------------------------------------------------------

# Resident memory at the sample nearest to second $1.
rss_at() {
	awk -v t="$1" 'BEGIN { best = -1 } { d = ($1 > t) ? $1 - t : t - $1; if (best < 0 || d < best) { best = d; v = $2 } }
		END { print v }' "$WORK/rss.tsv"
}
mb() {
	awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'
}
ms() {
	awk -v us="$1" 'BEGIN { printf "%.1f ms", us / 1000 }'
}
errors_of() {
	echo $(($(field "$1" status) + $(field "$1" connect) + $(field "$1" read) + $(field "$1" write) + $(field "$1" timeout)))
}
row() {
	local line=$1 name=$2 conns=$3 how=$4
	printf '| %s | %s | %s | %s | %.0f | %s | %s | %s | %s |\n' "$name" "$conns" "$how" "$(field "$line" requests)" \
		"$(field "$line" rps)" "$(ms "$(field "$line" p50_us)")" "$(ms "$(field "$line" p99_us)")" \
		"$(ms "$(field "$line" max_us)")" "$(errors_of "$line")"
}
verdict() {
	if [ "$1" = 0 ]; then echo "- ✔ $2"; else echo "- ✘ $2"; fi
}

minute2=$((soak_seconds < 120 ? soak_seconds / 2 : 120))
rss2=$(rss_at "$minute2")
rss10=$(rss_at "$soak_seconds")
drift=$(awk -v a="$rss2" -v b="$rss10" 'BEGIN { printf "%+.1f", 100 * (b - a) / a }')
load_range=$(awk '{ print $3 }' "$WORK/rss.tsv" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }')
cpu=$( (lscpu 2>/dev/null || true) | awk -F ':[[:space:]]*' '/^Model name:/ { print $2; exit }')
ram=$(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
# shellcheck disable=SC1091 # the machine's own file
os=$( (. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null || uname -s)
java_version=$("$JAVA" -version 2>&1 | awk 'NR == 1 { gsub(/"/, ""); print }')
load_errors=$(errors_of "$LOAD")
soak_errors=$(errors_of "$SOAK")
p99_ok=$(awk -v p="$(field "$LOAD" p99_us)" -v l="$LIMIT_P99_US" 'BEGIN { print (p <= l) ? 0 : 1 }')
drift_ok=$(awk -v d="$drift" -v l="$LIMIT_RSS_DRIFT" 'BEGIN { print (d <= l && d >= -l) ? 0 : 1 }')

section=$WORK/section.md
{
	echo "<!-- soak.sh begin -->"
	echo "## Load and soak"
	echo
	echo "Measured by \`bench/soak.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $cpu, $(nproc) cores, $ram RAM, $os,"
	echo "$java_version. The app runs on embedded H2, started by \`scripts/production.sh start\` as \`$COMMAND\`"
	echo "(its access log on, as in production). wrk $( (wrk -v 2>&1 || true) | awk 'NR == 1 { print $2 }') with $THREADS threads and \`Accept-Encoding: gzip\` cycles through ${#paths[@]} paths of $types"
	echo "page types (every page in the sitemap, a filtered catalog and pathway list, the API's lists and items, both CSV"
	echo "exports, \`/sitemap.xml\`, \`/robots.txt\`), after a ${WARMUP} s warm-up. wrk and the app share the machine's cores, and the"
	echo "machine was shared with other work: load average $LOAD_BEFORE before the app started, $LOAD_AFTER after the load phase,"
	echo "$load_range (1-minute) during the soak. The app logged $WARNINGS warnings or errors (\`target/soak/warnings.log\`)."
	echo
	echo "| phase | connections | how | requests | req/s | p50 | p99 | max | errors |"
	echo "|---|--:|---|--:|--:|--:|--:|--:|--:|"
	row "$LOAD" load "$LOAD_CONNECTIONS" "$LOAD_DURATION, as fast as answered"
	row "$SOAK" soak "$SOAK_CONNECTIONS" "$SOAK_MINUTES min, ${SOAK_DELAY_MS} ms between a connection's requests"
	echo
	echo "Resident memory during the soak (MB, every ${SAMPLE_SECONDS} s from its start; peak of the whole run $(mb "$HWM_KB") MB, $(mb "$RSS_END_KB") MB at the end):"
	echo
	awk '{ printf "%s%d:%02d %.0f", (NR > 1 ? " · " : ""), $1 / 60, $1 % 60, $2 / 1024 } END { print "" }' "$WORK/rss.tsv"
	echo
	echo "Targets:"
	echo
	verdict "$load_errors" "no errors at $LOAD_CONNECTIONS connections (every response 2xx, no socket errors or time-outs over ${TIMEOUT}): $load_errors"
	verdict "$p99_ok" "p99 at $LOAD_CONNECTIONS connections ≤ $((LIMIT_P99_US / 1000)) ms (bench/run.sh's target for its heaviest load): $(ms "$(field "$LOAD" p99_us)")"
	verdict "$soak_errors" "no errors in the soak: $soak_errors"
	verdict "$drift_ok" "resident memory flat within ${LIMIT_RSS_DRIFT} % from minute $((minute2 / 60)) to minute $SOAK_MINUTES: $(mb "$rss2") MB → $(mb "$rss10") MB ($drift %)"
	echo "<!-- soak.sh end -->"
} >"$section"

if [ -f "$RESULTS" ] && grep -q '^<!-- soak.sh begin -->' "$RESULTS"; then
	awk -v file="$section" '/^<!-- soak.sh begin -->/ { while ((getline l < file) > 0) print l; skip = 1; next }
		/^<!-- soak.sh end -->/ { skip = 0; next } !skip' "$RESULTS" >"$WORK/results.md"
else
	{ [ ! -f "$RESULTS" ] || { cat "$RESULTS"; echo; }; cat "$section"; } >"$WORK/results.md"
fi
cp "$WORK/results.md" "$RESULTS"
echo
cat "$section"
log "written to $RESULTS"
