#!/usr/bin/env bash
# Runs the packaged service with the recommended JVM settings, and with the start-up cache when
# scripts/startup-cache.sh made one for the java on PATH. Extra arguments go to the JVM (e.g. -Dquarkus.http.port=9090).
#   ./mvnw -B package -DskipTests && scripts/startup-cache.sh && scripts/run.sh
set -euo pipefail
source "$(dirname "$0")/jvm.sh"
[[ -f "$TIMELINE_APP_DIR/quarkus-run.jar" ]] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
# shellcheck disable=SC2086  # the option strings are lists of words
exec java ${TIMELINE_JAVA_OPTS:-$TIMELINE_JAVA_OPTS_RECOMMENDED} $(startup_cache_opts use) "$@" -jar "$TIMELINE_APP_DIR/quarkus-run.jar"
