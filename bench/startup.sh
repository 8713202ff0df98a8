#!/usr/bin/env bash
# Start-up time (process start -> first 200 from /api/timeline) and RSS, first start (empty data dir, Flyway +
# region load) and second start (existing DB), for several JVM settings.
#   bench/startup.sh [RUNS]      Result: target/bench/startup.tsv
source "$(dirname "$0")/lib.sh"
RUNS="${1:-3}"
declare -a NAMES=(default recommended)
declare -a OPTS=("" "$JAVA_OPTS_DEFAULT")
TSV="$OUT/startup.tsv"; printf 'settings\tstart\trun\tready_ms\trss_mb\n' >"$TSV"
trap stop_server EXIT
for i in "${!NAMES[@]}"; do
  for r in $(seq 1 "$RUNS"); do
    DATA="$OUT/data-startup"
    rm -rf "$DATA"
    for start in first second; do
      BENCH_JAVA_OPTS="${OPTS[$i]}" start_server "$DATA"
      ms=$(wait_ready)
      sleep 1; rss=$(rss_mb)
      printf '%s\t%s\t%s\t%s\t%s\n' "${NAMES[$i]}" "$start" "$r" "$ms" "$rss" | tee -a "$TSV"
      stop_server
    done
  done
done
