# Shared helpers for the bench scripts (sourced). Paths are relative to the repository root.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
OUT="${BENCH_OUT:-$REPO/target/bench}"
PORT="${BENCH_PORT:-18080}"
BASE="http://127.0.0.1:$PORT"
JAR="$REPO/target/quarkus-app/quarkus-run.jar"
# the JVM settings the README recommends (scripts/jvm.sh); override with BENCH_JAVA_OPTS
source "$REPO/scripts/jvm.sh"
JAVA_OPTS_DEFAULT="$TIMELINE_JAVA_OPTS_RECOMMENDED"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS-$JAVA_OPTS_DEFAULT}"
# BENCH_CACHE=1 (default): use the start-up cache of scripts/startup-cache.sh when there is one for this JDK
BENCH_CACHE="${BENCH_CACHE:-1}"
mkdir -p "$OUT"

# writes need an editor: the servers the scripts start get this first admin (a fresh data dir has no users);
# against a server of your own, set BENCH_USER/BENCH_PASSWORD to an editor's credentials
export BENCH_USER="${BENCH_USER:-admin}"
export BENCH_PASSWORD="${BENCH_PASSWORD:-bench-admin-password}"
CURL_AUTH=(-u "$BENCH_USER:$BENCH_PASSWORD")

need_jar() {
  [[ -f "$JAR" ]] || { echo "build first: ./mvnw -B package -DskipTests -DskipITs" >&2; exit 1; }
}

now_ms() { date +%s%3N; }

# start_server DATA_DIR [extra JVM opts...]: starts the packaged jar in the background, sets SERVER_PID
start_server() {
  local data="$1"; shift
  need_jar
  mkdir -p "$data"; data="$(cd "$data" && pwd)"   # H2 wants an absolute path
  SERVER_LOG="$OUT/server-$(basename "$data").log"
  SERVER_T0=$(now_ms)
  TIMELINE_DATA_DIR="$data" TIMELINE_SAMPLE_DATA="${TIMELINE_SAMPLE_DATA:-false}" QUARKUS_HTTP_PORT="$PORT" \
    TIMELINE_ADMIN_USERNAME="$BENCH_USER" TIMELINE_ADMIN_PASSWORD="$BENCH_PASSWORD" \
    java $BENCH_JAVA_OPTS $([[ "$BENCH_CACHE" == 1 ]] && startup_cache_opts use) "$@" -jar "$JAR" >"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
}

# wait_ready [path]: polls until the path answers 200; prints ms since start_server
wait_ready() {
  local path="${1:-/api/timeline?limit=20}"
  for _ in $(seq 1 6000); do
    if curl -fs -o /dev/null "$BASE$path"; then echo $(( $(now_ms) - SERVER_T0 )); return 0; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died, see $SERVER_LOG" >&2; tail -20 "$SERVER_LOG" >&2; return 1; }
    sleep 0.01
  done
  echo "server not ready after 60 s" >&2; return 1
}

stop_server() {
  if [[ -n "${SERVER_PID:-}" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status"; }
