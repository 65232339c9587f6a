#!/usr/bin/env bash
# Sourced by bench/run.sh and bench/soak.sh: sets JAVA to the newest JDK in /usr/lib/jvm (Java 25 or newer starts
# fastest, with an AOT cache), unless JAVA_HOME already names one; exports JAVA_HOME for scripts/production.sh.
if [ -z "${JAVA_HOME:-}" ]; then
	best=0
	for home in /usr/lib/jvm/*/; do
		release=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
			awk -F '= ' '/java.specification.version/ { print $2; exit }') || continue
		if [[ $release =~ ^[0-9]+$ ]] && [ "$release" -gt "$best" ]; then
			best=$release
			JAVA_HOME=${home%/}
		fi
	done
	[ -z "${JAVA_HOME:-}" ] || export JAVA_HOME
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
