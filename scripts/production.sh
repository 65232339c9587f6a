#!/usr/bin/env bash
# Runs Stepping Stone with the settings README recommends for production. Two steps, done once per release:
#
#   scripts/production.sh prepare [JAR]     # unpack the jar into $PRODUCTION_DIR and record a class cache for it
#   scripts/production.sh start [ARGS]      # start it with the application arguments ARGS (the JVM replaces this shell)
#
# JAR defaults to the one `./mvnw package` builds, PRODUCTION_DIR to target/production. The JVM is $JAVA_HOME/bin/java when
# JAVA_HOME is set, else `java` on the PATH. Java 25 or newer gets an AOT cache (JEP 483/514/515: classes loaded,
# linked and profiled ahead of time); Java 17 to 24 get an application class-data archive (AppCDS) instead. Either
# way Spring's build-time (AOT) bean definitions are used, so bean conditions were settled when the jar was built:
# properties read by @Conditional... annotations (e.g. steppingstone.page-cache.enabled) no longer change anything
# at run time; ordinary properties (datasource, port, profiles' values) still do.
#
#   HEAP_OPTS  default "-Xmx128m": the heap; resident memory stays under 350 MB with it (see README, Performance)
#   JIT_OPTS   default "-XX:TieredStopAtLevel=1": the quick compiler only. Starts in about half the time; cached
#              pages are served at about two thirds of the rate full C2 compilation reaches after warm-up. Set it to
#              "" to prefer peak throughput over start-up.
#   JAVA_OPTS  anything else, appended last
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
HEAP_OPTS=${HEAP_OPTS--Xmx128m}
JIT_OPTS=${JIT_OPTS--XX:TieredStopAtLevel=1}
JAVA_OPTS=${JAVA_OPTS:-}
APP_JAR=stepping-stone.jar
DIR=${PRODUCTION_DIR:-$ROOT/target/production}

die() {
	echo "production.sh: $*" >&2
	exit 1
}

# The JVM's feature release (17, 21, 25, ...).
java_release() {
	"$JAVA" -XshowSettings:properties -version 2>&1 |
		awk -F '= ' '/java.specification.version/ { split($2, v, "."); print (v[1] == "1") ? v[2] : v[1]; exit }'
}

# Options shared by the recording run and every start: the cache is valid only for the same GC and class path.
# shellcheck disable=SC2206 # the *_OPTS are lists of options
options() {
	opts=(-XX:+UseSerialGC $HEAP_OPTS $JIT_OPTS -Dspring.aot.enabled=true $JAVA_OPTS)
}

prepare() {
	local jar=${1:-} dir=$DIR release
	if [ -z "$jar" ]; then
		jar=$(find "$ROOT/target" -maxdepth 1 -name 'stepping-stone-*.jar' ! -name '*-plain.jar' -print -quit 2>/dev/null ||
			true)
		[ -n "$jar" ] || die "no jar in target/: build it with ./mvnw -DskipTests package"
	fi
	[ -f "$jar" ] || die "no such jar: $jar"
	release=$(java_release)
	[ -n "$release" ] && [ "$release" -ge 17 ] || die "$JAVA is not Java 17 or newer"
	rm -rf "$dir/app"
	mkdir -p "$dir"
	"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir/app" >/dev/null
	[ "$(basename "$jar")" = "$APP_JAR" ] || mv "$dir/app/$(basename "$jar")" "$dir/app/$APP_JAR"
	options
	local record
	if [ "$release" -ge 25 ]; then
		record=(-XX:AOTCacheOutput=app.aot)
	else
		record=(-XX:ArchiveClassesAtExit=app.jsa)
	fi
	echo "production.sh: recording the class cache for $APP_JAR with Java $release (about a minute)" >&2
	# One run of the application on the embedded database (whatever the environment says about profiles or databases
	# is ignored for it) that serves every page of the sitemap once, so that the classes and the code paths of
	# rendering are in the cache too, then stops; the JVM writes the cache as it exits.
	local log=$dir/record.log pid port="" i
	: >"$log"
	(cd "$dir/app" && exec env -u SPRING_PROFILES_ACTIVE -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME \
		-u SPRING_DATASOURCE_PASSWORD "$JAVA" "${opts[@]}" "${record[@]}" -jar "$APP_JAR" --server.port=0 \
		--server.address=127.0.0.1 --spring.profiles.active=default) >>"$log" 2>&1 &
	pid=$!
	for ((i = 0; i < 1200; i++)); do
		port=$(sed -n 's/.*Tomcat started on port \([0-9][0-9]*\).*/\1/p' "$log" | head -n 1)
		[ -z "$port" ] && kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	if [ -z "$port" ]; then
		kill "$pid" 2>/dev/null || true
		die "the recording run did not start; see $log"
	fi
	if command -v curl >/dev/null; then
		local base=http://127.0.0.1:$port path
		for path in / /nowhere /api/v1/programs /api/v1/nowhere /programs.csv \
			$(curl -fsS "$base/sitemap.xml" | sed -n 's|.*<loc>[a-z]*://[^/]*\([^<]*\)</loc>.*|\1|p'); do
			curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$base$path" || true
		done
	else
		echo "production.sh: no curl here: the cache covers start-up only" >&2
	fi
	kill -TERM "$pid" 2>/dev/null || die "the recording run ended early; see $log"
	wait "$pid" || true
	[ -s "$dir/app/app.aot" ] || [ -s "$dir/app/app.jsa" ] || die "no class cache was written; see $dir/record.log"
	echo "production.sh: ready in $dir; start it with: scripts/production.sh start" >&2
}

start() {
	local dir=$DIR
	[ -f "$dir/app/$APP_JAR" ] || die "nothing prepared in $dir: run scripts/production.sh prepare first"
	options
	if [ -f "$dir/app/app.aot" ]; then
		opts+=(-XX:AOTCache=app.aot)
	elif [ -f "$dir/app/app.jsa" ]; then
		opts+=(-XX:SharedArchiveFile=app.jsa)
	fi
	cd "$dir/app"
	echo "production.sh: $JAVA ${opts[*]} -jar $APP_JAR $*" >&2
	exec "$JAVA" "${opts[@]}" -jar "$APP_JAR" "$@"
}

case ${1:-} in
	prepare) shift; prepare "$@" ;;
	start) shift; start "$@" ;;
	*) die "usage: scripts/production.sh prepare [JAR] | start [APP ARGS]" ;;
esac
