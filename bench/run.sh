#!/usr/bin/env bash
# Performance benchmark of the Stepping Stone jar against nginx serving the same bytes. See bench/README.md.
#
#   bash bench/run.sh                                   # full run (about 25 minutes)
#   WARMUP=5 DURATION=3s RUNS=1 bash bench/run.sh       # quick check of the script
#
# Builds the jar, installs wrk and nginx when missing, prepares and starts the jar as README recommends for production
# (scripts/production.sh: Spring AOT, a class cache, serial GC, a 128 MB heap, on the newest JDK found), measures start-up,
# warms up, measures every page with wrk at 32 and 128 connections, serves the same gzip bytes with nginx and
# measures that too, then writes bench/results.md. Everything it starts is stopped on exit, even on failure.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

WARMUP=${WARMUP:-30}
DURATION=${DURATION:-20s}
RUNS=${RUNS:-3}
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-2s}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
SKIP_BUILD=${SKIP_BUILD:-0}
START_TIMEOUT=${START_TIMEOUT:-120}
RESULTS=${RESULTS:-bench/results.md}
FIELD=${FIELD:-data-science-analytics}
SORT=${SORT:-price}
PROGRAM_ID=${PROGRAM_ID:-mitx-statistics-and-data-science}
PATHWAY_ID=${PATHWAY_ID:-mitx-supply-chain-management-to-mit-masters-supply-chain-management}

# The pages measured: name (also the static file's name) and path.
PAGES=(
	"home /"
	"compare /compare"
	"programs /programs"
	"programs-filtered /programs?field=${FIELD}&sort=${SORT}"
	"program /programs/${PROGRAM_ID}"
	"pathway /pathways/${PATHWAY_ID}"
	"routes /routes?field=business-management&maxCost=40000"
	"api-programs /api/v1/programs"
)
LOW=32
HIGH=128

JAR=target/stepping-stone-0.1.0-SNAPSHOT.jar
WORK=$ROOT/target/bench
NGX=$WORK/nginx
APP_URL=http://127.0.0.1:$APP_PORT
NGINX_URL=http://127.0.0.1:$NGINX_PORT

APP_PID=
NGINX_PID=
WRK_PID=
LOGS=

log() {
	printf '[bench %s] %s\n' "$(date +%T)" "$*" >&2
}

die() {
	log "ERROR: $*"
	exit 1
}

# --- stop everything this script started, on any exit -------------------------------------------------

# Waits up to $2 seconds for process $1 to end.
await_exit() {
	local pid=$1 i
	for ((i = 0; i < $2 * 10; i++)); do
		kill -0 "$pid" 2>/dev/null || return 0
		sleep 0.1
	done
	return 1
}

stop_process() {
	local pid=$1 name=$2 grace=$3 children
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
	children=$(cat /proc/"$pid"/task/*/children 2>/dev/null || true)
	kill -TERM "$pid" 2>/dev/null || true
	if ! await_exit "$pid" "$grace"; then
		log "$name ($pid) did not stop within ${grace}s: killing it"
		# shellcheck disable=SC2086 # children is a list of process ids
		kill -KILL "$pid" $children 2>/dev/null || true
	fi
	wait "$pid" 2>/dev/null || true
}

cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	stop_process "$WRK_PID" wrk 5
	stop_process "$NGINX_PID" nginx 10
	stop_process "$APP_PID" app 40
	if [ "$rc" -ne 0 ]; then
		log "failed (exit $rc)${LOGS:+; logs are in ${WORK#"$ROOT"/}/}"
	fi
	exit "$rc"
}

trap cleanup EXIT
trap 'log "failed at line $LINENO: $BASH_COMMAND"' ERR
trap 'exit 130' INT
trap 'exit 143' TERM

# --- checks and installs -------------------------------------------------------------------------------

is_uint() {
	[[ $1 =~ ^[0-9]+$ ]]
}

is_uint "$WARMUP" || die "WARMUP must be a number of seconds, not '$WARMUP'"
if ! is_uint "$RUNS" || [ "$RUNS" -lt 1 ]; then
	die "RUNS must be 1 or more, not '$RUNS'"
fi
if ! is_uint "$THREADS" || [ "$THREADS" -lt 1 ] || [ "$THREADS" -gt "$LOW" ]; then
	die "THREADS must be 1 to $LOW, not '$THREADS'"
fi
[[ $DURATION =~ ^[0-9]+[smh]?$ ]] || die "DURATION must be like 20s, 2m or 20, not '$DURATION'"
for port in "$APP_PORT" "$NGINX_PORT"; do
	if ! is_uint "$port" || [ "$port" -lt 1024 ] || [ "$port" -gt 65535 ]; then
		die "ports must be 1024-65535, not '$port'"
	fi
	[ "$port" != 8080 ] || die "port 8080 is reserved for developers' own runs; pick another"
done
[ "$APP_PORT" != "$NGINX_PORT" ] || die "APP_PORT and NGINX_PORT must differ"

as_root() {
	if [ "$(id -u)" -eq 0 ]; then
		"$@"
	elif command -v sudo >/dev/null; then
		sudo "$@"
	else
		die "not root and no sudo: cannot run $*"
	fi
}

NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x "$NGINX_BIN" ] || missing+=(nginx)
command -v curl >/dev/null || missing+=(curl)
# shellcheck source=bench/newest-jdk.sh
source "$ROOT/bench/newest-jdk.sh"
command -v "$JAVA" >/dev/null || missing+=(default-jdk-headless)
command -v lscpu >/dev/null || missing+=(util-linux)
if [ ${#missing[@]} -gt 0 ]; then
	log "installing ${missing[*]} from Debian packages"
	as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q update
	as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q install -y \
		--no-install-recommends "${missing[@]}"
	NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
fi

# True when something already listens on 127.0.0.1:$1.
port_in_use() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

for port in "$APP_PORT" "$NGINX_PORT"; do
	! port_in_use "$port" || die "port $port is already in use (set APP_PORT / NGINX_PORT)"
done

if [ "$SKIP_BUILD" = 1 ] && [ -f "$JAR" ]; then
	log "SKIP_BUILD=1: using the existing $JAR"
else
	log "building the jar"
	./mvnw -q -B -DskipTests package
fi
[ -f "$JAR" ] || die "$JAR was not built"

rm -rf "$WORK"
mkdir -p "$WORK/pages" "$WORK/wrk" "$NGX/conf" "$NGX/html" "$NGX/logs" "$NGX/temp"
export PRODUCTION_DIR=$WORK/production
log "preparing the production layout and its class cache in ${PRODUCTION_DIR#"$ROOT"/}"
scripts/production.sh prepare "$JAR"
: >"$WORK/results.tsv"
: >"$WORK/app-warnings.counts"
LOGS=1

# --- helpers -------------------------------------------------------------------------------------------

# The value of header $2 in the header dump $1 (last one wins), or nothing.
header_value() {
	tr -d '\r' <"$1" | grep -i "^$2:" | tail -n 1 | sed 's/^[^:]*:[[:space:]]*//' || true
}

http_status() {
	curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H 'Accept-Encoding: gzip' "$@" || true
}

# Median of the numbers on standard input.
median() {
	sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2];
		else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Column $5.. of results.tsv for target $1, page $2, connections $3: median ($4 = median) or sum ($4 = sum).
stat_of() {
	local target=$1 name=$2 conns=$3 how=$4 column=$5
	local values
	values=$(awk -v t="$target" -v n="$name" -v c="$conns" -v k="$column" \
		'$1 == t && $2 == n && $3 == c { print $k }' "$WORK/results.tsv")
	if [ "$how" = median ]; then
		median <<<"$values"
	else
		awk '{ s += $1 } END { print s + 0 }' <<<"$values"
	fi
}

# Appends one wrk measurement to results.tsv: target, page name, connections, run, url.
# results.tsv columns: 1 target 2 page 3 conns 4 run 5 rps 6 p50_us 7 p99_us 8 status 9 connect 10 read
# 11 write 12 timeout 13 requests
measure() {
	local target=$1 name=$2 conns=$3 run=$4 url=$5
	local out=$WORK/wrk/$target-$name-c$conns-run$run.txt line rc=0
	wrk -t"$THREADS" -c"$conns" -d"$DURATION" --timeout "$TIMEOUT" --latency -H 'Accept-Encoding: gzip' \
		-s bench/report.lua "$url" >"$out" 2>&1 &
	WRK_PID=$!
	wait "$WRK_PID" || rc=$?
	WRK_PID=
	line=$(grep '^WRK_RESULT ' "$out" || true)
	if [ "$rc" -ne 0 ] || [ -z "$line" ]; then
		die "wrk failed on $url (exit $rc): $(tail -n 5 "$out")"
	fi
	awk -v t="$target" -v n="$name" -v c="$conns" -v r="$run" '{
		for (i = 2; i <= NF; i++) { split($i, kv, "="); m[kv[1]] = kv[2] }
		printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", t, n, c, r, m["rps"], m["p50_us"],
			m["p99_us"], m["status"], m["connect"], m["read"], m["write"], m["timeout"], m["requests"]
	}' <<<"$line" >>"$WORK/results.tsv"
	tail -n 1 "$WORK/results.tsv" | awk -F '\t' -v runs="$RUNS" '{
		printf "[bench] run %s/%s %-5s c%-3s %-18s %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d/%d/%d/%d/%d\n",
			$4, runs, $1, $3, $2, $5, $6 / 1000, $7 / 1000, $8, $9, $10, $11, $12 }' >&2
	if [ "$target" = app ]; then
		keep_warnings
	fi
}

# The access log goes to the app's standard output: count its warnings and errors by logger and message, then
# empty the log so that it does not fill the disk.
keep_warnings() {
	{ grep -E '^[^ ]+ +(WARN|ERROR) ' "$WORK/app.log" || true; } |
		sed -E 's/^[^ ]+ +(WARN|ERROR) +[0-9]+ +--- +(\[[^]]*\] +)*/\1 /' |
		sort | uniq -c >>"$WORK/app-warnings.counts"
	: >"$WORK/app.log"
}

# --- start the app -------------------------------------------------------------------------------------

LOAD_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg)

# Starts the app and waits for its first 200 on /; sets APP_PID and START_MS. The wait costs the app no CPU: until
# the port accepts a connection it is polled every 10 ms by bash itself (a connection through /dev/tcp, a read that
# times out on an idle pipe, EPOCHREALTIME for the clock), and curl runs only once the port is open. A curl every
# 20 ms costs about 20 ms of CPU each time here: half of one of the two cores, which made start-up look a second
# slower than it is.
start_app() {
	: >"$WORK/app.log"
	local start_us now_us tick
	tick=$WORK/tick
	rm -f "$tick"
	mkfifo "$tick"
	exec 4<>"$tick"
	rm -f "$tick"
	start_us=${EPOCHREALTIME//[!0-9]/}
	scripts/production.sh start --server.port="$APP_PORT" --server.address=127.0.0.1 >>"$WORK/app.log" 2>&1 4<&- &
	APP_PID=$!
	while :; do
		if : 2>/dev/null 3<>"/dev/tcp/127.0.0.1/$APP_PORT" &&
			[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$APP_URL/" || true)" = 200 ]; then
			break
		fi
		kill -0 "$APP_PID" 2>/dev/null || die "the app exited during start-up: $(tail -n 20 "$WORK/app.log")"
		now_us=${EPOCHREALTIME//[!0-9]/}
		if ((now_us - start_us > START_TIMEOUT * 1000000)); then
			die "no 200 on / within ${START_TIMEOUT}s: $(tail -n 20 "$WORK/app.log")"
		fi
		read -r -t 0.01 -u 4 || true
	done
	now_us=${EPOCHREALTIME//[!0-9]/}
	exec 4<&-
	START_MS=$(((now_us - start_us) / 1000))
}

# Start-up is measured RUNS times (the median is reported), like every other figure; the last start is kept.
starts=()
for ((run = 1; run <= RUNS; run++)); do
	log "starting scripts/production.sh start on port $APP_PORT ($run/$RUNS)"
	start_app
	starts+=("$START_MS")
	log "first 200 on / after ${START_MS} ms"
	if [ "$run" -lt "$RUNS" ]; then
		stop_process "$APP_PID" app 40
		APP_PID=
	fi
done
START_MS=$(printf '%.0f' "$(printf '%s\n' "${starts[@]}" | median)")
START_ALL=$(IFS=/; echo "${starts[*]}")
cp "$WORK/app.log" "$WORK/app-start.log"
COMMAND=$(sed -n 's/^production.sh: //p' "$WORK/app-start.log" | head -n 1 | sed "s|$ROOT/||g")

# --- save every page as served, check conditional requests, lay out the static copies -------------------

declare -A STATUS SIZE ENCODING STATIC_PATH INM IMS
paths=()
for page in "${PAGES[@]}"; do
	name=${page%% *}
	path=${page#* }
	paths+=("$path")
	headers=$WORK/pages/$name.headers
	body=$WORK/pages/$name.body
	STATUS[$name]=$(curl -s -D "$headers" -o "$body" -w '%{http_code}' --max-time 10 -H 'Accept-Encoding: gzip' \
		"$APP_URL$path" || true)
	SIZE[$name]=$(stat -c %s "$body")
	ENCODING[$name]=$(header_value "$headers" Content-Encoding)
	case $(header_value "$headers" Content-Type) in
		*json*) ext=json ;;
		*) ext=html ;;
	esac
	STATIC_PATH[$name]=/$name.$ext
	if [ "${ENCODING[$name]}" = gzip ]; then
		cp "$body" "$NGX/html/$name.$ext.gz"
		gzip -dc "$body" >"$NGX/html/$name.$ext"
	else
		cp "$body" "$NGX/html/$name.$ext"
	fi

	etag=$(header_value "$headers" ETag)
	if [ -n "$etag" ]; then
		INM[$name]=$(http_status -H "If-None-Match: $etag" "$APP_URL$path")
	else
		INM[$name]="${STATUS[$name]} (no ETag)"
	fi
	modified=$(header_value "$headers" Last-Modified)
	if [ -n "$modified" ]; then
		IMS[$name]=$(http_status -H "If-Modified-Since: $modified" "$APP_URL$path")
	else
		IMS[$name]="${STATUS[$name]} (no Last-Modified)"
	fi
	log "$(printf '%-18s %s  %s bytes%s  If-None-Match: %s  If-Modified-Since: %s' "$path" "${STATUS[$name]}" \
		"${SIZE[$name]}" "${ENCODING[$name]:+ ${ENCODING[$name]}}" "${INM[$name]}" "${IMS[$name]}")"
done

# --- nginx, as an ordinary user, in a prefix under target/bench -----------------------------------------

sed "s/127\.0\.0\.1:18081;/127.0.0.1:${NGINX_PORT};/" bench/nginx.conf >"$NGX/conf/nginx.conf"
grep -q "listen 127.0.0.1:${NGINX_PORT};" "$NGX/conf/nginx.conf" || die "bench/nginx.conf has no 'listen 127.0.0.1:18081;'"
nginx_args=(-p "$NGX/" -c "$NGX/conf/nginx.conf" -e "$NGX/logs/error.log")
if [ "$(id -u)" -eq 0 ]; then
	# As root, nginx's workers would run as nobody, who may not be able to read the worktree.
	nginx_args+=(-g "user $(id -un) $(id -gn);")
fi
"$NGINX_BIN" "${nginx_args[@]}" -t -q || die "nginx rejected its configuration: $(cat "$NGX/logs/error.log")"
"$NGINX_BIN" "${nginx_args[@]}" &
NGINX_PID=$!
for ((i = 0; i < 250; i++)); do
	port_in_use "$NGINX_PORT" && break
	kill -0 "$NGINX_PID" 2>/dev/null || die "nginx exited: $(cat "$NGX/logs/error.log")"
	sleep 0.02
done
port_in_use "$NGINX_PORT" || die "nginx does not listen on port $NGINX_PORT"
for page in "${PAGES[@]}"; do
	name=${page%% *}
	curl -s -o "$WORK/pages/$name.nginx" --max-time 10 -H 'Accept-Encoding: gzip' "$NGINX_URL${STATIC_PATH[$name]}" ||
		die "nginx does not serve ${STATIC_PATH[$name]}"
	cmp -s "$WORK/pages/$name.body" "$WORK/pages/$name.nginx" ||
		die "nginx serves other bytes for ${STATIC_PATH[$name]} than the app for its page"
done
log "nginx ($("$NGINX_BIN" -v 2>&1 | sed 's/^.*: //')) serves the same bytes on port $NGINX_PORT"

# --- warm up, then measure -----------------------------------------------------------------------------

if [ "$WARMUP" -gt 0 ]; then
	log "warming up for ${WARMUP}s over ${#paths[@]} pages"
	BENCH_PATHS="${paths[*]}" wrk -t"$THREADS" -c"$LOW" -d"${WARMUP}s" --timeout "$TIMEOUT" \
		-H 'Accept-Encoding: gzip' -s bench/warmup.lua "$APP_URL" >"$WORK/wrk/warmup.txt" 2>&1 &
	WRK_PID=$!
	rc=0
	wait "$WRK_PID" || rc=$?
	WRK_PID=
	[ "$rc" -eq 0 ] || die "wrk failed in the warm-up: $(tail -n 5 "$WORK/wrk/warmup.txt")"
	log "$(grep '^WARMUP_RESULT' "$WORK/wrk/warmup.txt" || echo 'warm-up gave no result')"
	keep_warnings
fi

log "measuring: ${#PAGES[@]} pages x (app c$LOW, app c$HIGH, nginx c$LOW) x $RUNS runs of $DURATION"
for ((run = 1; run <= RUNS; run++)); do
	for page in "${PAGES[@]}"; do
		name=${page%% *}
		path=${page#* }
		measure app "$name" "$LOW" "$run" "$APP_URL$path"
		measure app "$name" "$HIGH" "$run" "$APP_URL$path"
		if [[ ${STATUS[$name]} == 2* ]]; then
			measure nginx "$name" "$LOW" "$run" "$NGINX_URL${STATIC_PATH[$name]}"
		fi
	done
done

keep_warnings
awk '{ n = $1; $1 = ""; count[substr($0, 2)] += n } END { for (m in count) print count[m] "\t" m }' \
	"$WORK/app-warnings.counts" | sort -t "$(printf '\t')" -k 1,1nr >"$WORK/app-warnings.log"
log "the app logged $(awk -F '\t' '{ s += $1 } END { print s + 0 }' "$WORK/app-warnings.log") warnings and errors" \
	"(counted by message in ${WORK#"$ROOT"/}/app-warnings.log)"

RSS_KB=$(awk '/^VmRSS:/ { print $2 }' /proc/"$APP_PID"/status)
HWM_KB=$(awk '/^VmHWM:/ { print $2 }' /proc/"$APP_PID"/status)
kill -0 "$APP_PID" 2>/dev/null || die "the app died under load"

# --- report --------------------------------------------------------------------------------------------

cpu=$( (lscpu 2>/dev/null || true) | awk -F ':[[:space:]]*' '/^Model name:/ { print $2; exit }')
[ -n "$cpu" ] || cpu=$(awk -F '[[:space:]]*:[[:space:]]*' '/^model name/ { print $2; exit }' /proc/cpuinfo)
ram=$(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
# shellcheck disable=SC1091 # the machine's own file
os=$( (. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null || uname -s)
java_version=$("$JAVA" -version 2>&1 | awk 'NR == 1 { gsub(/"/, ""); print }')
wrk_version=$( (wrk -v 2>&1 || true) | awk 'NR == 1 { print $2 }')
nginx_version=$("$NGINX_BIN" -v 2>&1 | sed 's/^.*nginx\///')

ms() {
	awk -v us="$1" 'BEGIN { printf "%.1f ms", us / 1000 }'
}

LIMIT_RATIO=15
LIMIT_P99_LOW=20000
LIMIT_P99_HIGH=50000
LIMIT_START=4000
LIMIT_RSS_MB=350
LIMIT_BYTES=30720
fail_ratio=() fail_p99_low=() fail_p99_high=() fail_errors=() fail_size=()

table=$WORK/table.md
{
	echo "| page | status | req/s @$LOW | p50 @$LOW | p99 @$LOW | req/s @$HIGH | p99 @$HIGH | nginx req/s @$LOW | app/nginx | errors/timeouts | gzip bytes | If-None-Match / If-Modified-Since |"
	echo "|---|---|--:|--:|--:|--:|--:|--:|--:|---|--:|---|"
} >"$table"
for page in "${PAGES[@]}"; do
	name=${page%% *}
	path=${page#* }
	rps_low=$(stat_of app "$name" "$LOW" median 5)
	p50_low=$(stat_of app "$name" "$LOW" median 6)
	p99_low=$(stat_of app "$name" "$LOW" median 7)
	rps_high=$(stat_of app "$name" "$HIGH" median 5)
	p99_high=$(stat_of app "$name" "$HIGH" median 7)
	errors=""
	for column in 8:non-2xx 9:connect 10:read 11:write 12:timeouts; do
		n=$(($(stat_of app "$name" "$LOW" sum "${column%%:*}") + $(stat_of app "$name" "$HIGH" sum "${column%%:*}")))
		[ "$n" -eq 0 ] || errors+="${errors:+, }${column#*:} $n"
	done
	if [[ ${STATUS[$name]} == 2* ]]; then
		nginx_rps=$(stat_of nginx "$name" "$LOW" median 5)
		nginx_errors=0
		for column in 8 9 10 11 12; do
			nginx_errors=$((nginx_errors + $(stat_of nginx "$name" "$LOW" sum "$column")))
		done
		nginx_cell=$(printf '%.0f' "$nginx_rps")
		[ "$nginx_errors" -eq 0 ] || nginx_cell+=" ($nginx_errors errors)"
		ratio=$(awk -v a="$rps_low" -v b="$nginx_rps" 'BEGIN { if (b > 0) printf "%.1f", 100 * a / b; else print 0 }')
		ratio_cell="$ratio %"
		awk -v r="$ratio" -v l="$LIMIT_RATIO" 'BEGIN { exit !(r >= l) }' || fail_ratio+=("\`$path\`")
	else
		nginx_cell="—"
		ratio_cell="—"
		fail_ratio+=("\`$path\` (${STATUS[$name]})")
		errors="${errors:-0} (status ${STATUS[$name]})"
	fi
	[ "${p99_low%.*}" -le "$LIMIT_P99_LOW" ] || fail_p99_low+=("\`$path\`")
	[ "${p99_high%.*}" -le "$LIMIT_P99_HIGH" ] || fail_p99_high+=("\`$path\`")
	[ -z "$errors" ] || fail_errors+=("\`$path\`")
	[ "${SIZE[$name]}" -le "$LIMIT_BYTES" ] || fail_size+=("\`$path\`")
	size_cell=${SIZE[$name]}
	[ "${ENCODING[$name]}" = gzip ] || size_cell+=" (not gzip)"
	# shellcheck disable=SC2016 # the backquotes are Markdown
	printf '| `%s` | %s | %.0f | %s | %s | %.0f | %s | %s | %s | %s | %s | %s / %s |\n' "$path" "${STATUS[$name]}" \
		"$rps_low" "$(ms "$p50_low")" "$(ms "$p99_low")" "$rps_high" "$(ms "$p99_high")" "$nginx_cell" \
		"$ratio_cell" "${errors:-0}" "$size_cell" "${INM[$name]}" "${IMS[$name]}" >>"$table"
done

# "✔ text" when the list of failures $2.. is empty, else "✘ text: failures".
verdict() {
	local text=$1
	shift
	if [ $# -eq 0 ]; then
		echo "- ✔ $text"
	else
		local list=$1 failure
		shift
		for failure in "$@"; do
			list+=", $failure"
		done
		echo "- ✘ $text — missed by: $list"
	fi
}

start_s=$(awk -v ms="$START_MS" 'BEGIN { printf "%.2f", ms / 1000 }')
rss_mb=$((RSS_KB / 1024))
hwm_mb=$((HWM_KB / 1024))
report=$WORK/results.md
{
	echo "## Performance"
	echo
	echo "Measured by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $cpu, $(nproc) cores, $ram RAM, $os,"
	echo "$java_version; load average $LOAD_BEFORE just before the app started. The app runs on embedded H2, started by"
	echo "\`scripts/production.sh start\` as \`$COMMAND\`;"
	echo "wrk $wrk_version with $THREADS threads, \`Accept-Encoding: gzip\`, a ${WARMUP} s warm-up, then"
	echo "$RUNS run(s) of $DURATION per cell, median shown (errors are summed over all runs at both connection counts);"
	echo "nginx $nginx_version serves the same compressed bytes as static files for the baseline. wrk and the server share"
	echo "the machine's cores."
	echo
	echo "Start to first 200 on \`/\`: **$start_s s** (median of $RUNS starts: $START_ALL ms) · resident memory after the load: **$rss_mb MB** (peak $hwm_mb MB)"
	echo
	cat "$table"
	echo
	echo "Targets:"
	echo
	verdict "every page ≥ $LIMIT_RATIO % of nginx's req/s at $LOW connections" "${fail_ratio[@]}"
	verdict "p99 ≤ $((LIMIT_P99_LOW / 1000)) ms at $LOW connections" "${fail_p99_low[@]}"
	verdict "p99 ≤ $((LIMIT_P99_HIGH / 1000)) ms at $HIGH connections" "${fail_p99_high[@]}"
	verdict "no errors or timeouts (every response 2xx)" "${fail_errors[@]}"
	if [ "$START_MS" -le "$LIMIT_START" ]; then
		verdict "start to first 200 ≤ $((LIMIT_START / 1000)) s"
	else
		verdict "start to first 200 ≤ $((LIMIT_START / 1000)) s" "$start_s s"
	fi
	if [ "$rss_mb" -le "$LIMIT_RSS_MB" ]; then
		verdict "resident memory ≤ $LIMIT_RSS_MB MB"
	else
		verdict "resident memory ≤ $LIMIT_RSS_MB MB" "$rss_mb MB"
	fi
	verdict "no page over 30 KB ($LIMIT_BYTES bytes) compressed" "${fail_size[@]}"
} >"$report"
mkdir -p "$(dirname "$RESULTS")"
# Keep what follows this table (the section bench/soak.sh writes between its markers, and dated notes after it).
if [ -f "$RESULTS" ] && grep -q '^<!-- soak.sh begin -->' "$RESULTS"; then
	echo >>"$report"
	sed -n '/^<!-- soak.sh begin -->/,$p' "$RESULTS" >>"$report"
fi
cp "$report" "$RESULTS"
echo
cat "$RESULTS"
echo
log "written to $RESULTS; raw wrk output in ${WORK#"$ROOT"/}/wrk/"
