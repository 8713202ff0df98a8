#!/usr/bin/env bash
# Start-up time (process start -> first 200 from /api/timeline) and RSS one second later and after a short load, first
# start (empty data dir: Flyway, 3,339 regions, first admin) and second start (existing DB), for three settings:
# JVM defaults, the recommended options (scripts/jvm.sh), and the recommended options with the start-up cache
# (made by scripts/startup-cache.sh for the java on PATH when missing).
#   bench/startup.sh [RUNS] [DATA_DIR]   DATA_DIR: measure second starts on an existing database (e.g. the 1M set)
#   Result: target/bench/startup.tsv     Other JDK: PATH=/path/to/jdk-25/bin:$PATH bench/startup.sh
source "$(dirname "$0")/lib.sh"
RUNS="${1:-3}"
EXISTING="${2:-}"
JAVA_MAJOR="$(java_major)"
declare -a NAMES=(default recommended recommended+cache)
declare -a OPTS=("" "$JAVA_OPTS_DEFAULT" "$JAVA_OPTS_DEFAULT")
declare -a CACHE=(0 0 1)
[[ -f "$(startup_cache_file)" ]] || "$REPO/scripts/startup-cache.sh"
TSV="$OUT/startup.tsv"
printf 'java\tsettings\tstart\trun\tready_ms\trss_mb\trss_after_load_mb\n' >"$TSV"
trap stop_server EXIT

measure() {   # measure SETTINGS START RUN DATA
  start_server "$4"
  local ms rss after
  ms=$(wait_ready); sleep 1; rss=$(rss_mb)
  if command -v wrk >/dev/null; then wrk -t1 -c4 -d5s "$BASE/api/timeline?limit=20" >/dev/null; fi
  after=$(rss_mb)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$JAVA_MAJOR" "$1" "$2" "$3" "$ms" "$rss" "$after" | tee -a "$TSV"
  stop_server
}

for i in "${!NAMES[@]}"; do
  for r in $(seq 1 "$RUNS"); do
    export BENCH_JAVA_OPTS="${OPTS[$i]}" BENCH_CACHE="${CACHE[$i]}"
    if [[ -n "$EXISTING" ]]; then
      measure "${NAMES[$i]}" "existing:$(basename "$EXISTING")" "$r" "$EXISTING"
    else
      DATA="$OUT/data-startup"; rm -rf "$DATA"
      measure "${NAMES[$i]}" first "$r" "$DATA"
      measure "${NAMES[$i]}" second "$r" "$DATA"
    fi
  done
done
