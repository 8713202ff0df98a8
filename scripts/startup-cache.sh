#!/usr/bin/env bash
# Makes the start-up cache for the java on PATH: a training run of the packaged service on a scratch database
# (the sample pages are ingested at its first start) with a typical mix of requests, then a clean stop, at which
# the JVM writes target/quarkus-app/app.aot (JDK 25+, AOT cache) or app-cds.jsa (JDK 17-24, dynamic AppCDS).
# scripts/run.sh and the bench scripts pick the cache up. Rebuilding the jar removes it: run this again after a build.
# Train with the JVM options you will run with (TIMELINE_JAVA_OPTS, default: the recommended ones in scripts/jvm.sh).
#   ./mvnw -B package -DskipTests && scripts/startup-cache.sh
set -euo pipefail
source "$(dirname "$0")/jvm.sh"
JAR="$TIMELINE_APP_DIR/quarkus-run.jar"
[[ -f "$JAR" ]] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
# a free port unless TRAIN_PORT says otherwise
PORT="${TRAIN_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
PASSWORD="train-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
CACHE="$(startup_cache_file)"
rm -f "$CACHE"
cleanup() { [[ -n "${PID:-}" ]] && kill "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

echo "training run ($(java -version 2>&1 | head -1)) -> $CACHE"
# shellcheck disable=SC2086
TIMELINE_DATA_DIR="$WORK/data" TIMELINE_SAMPLE_DATA=true QUARKUS_HTTP_PORT="$PORT" \
  TIMELINE_ADMIN_USERNAME=trainer TIMELINE_ADMIN_PASSWORD="$PASSWORD" \
  java ${TIMELINE_JAVA_OPTS:-$TIMELINE_JAVA_OPTS_RECOMMENDED} $(startup_cache_opts train) -jar "$JAR" >"$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 1200); do
  curl -fs -o /dev/null "$BASE/api/timeline?limit=1" && break
  kill -0 "$PID" 2>/dev/null || { echo "the service stopped:" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
  sleep 0.1
done

FAILED=0   # a request that fails means a broken build: the cache is still written, but the script fails
fail() { echo "training request failed: $1" >&2; FAILED=$((FAILED + 1)); }
get() { curl -fs "$BASE$1" || fail "GET $1"; }
next_of() { sed -n 's/.*"next":"\([^"]*\)".*/\1/p'; }
first_of() { sed -n "s/.*\"$1\":\"\\{0,1\\}\([^\",]*\)\"\\{0,1\\}.*/\1/p" | head -1; }

# reads, as apps use them: first pages, cursor walks, filters, details, conditional requests, the change feed
for round in 1 2 3; do
  page=$(get "/api/timeline?limit=20"); cursor=$(printf '%s' "$page" | next_of)
  for _ in 1 2 3; do [[ -n "$cursor" ]] && cursor=$(get "/api/timeline?limit=20&cursor=$cursor" | next_of); done
  get "/api/timeline?region=652300&limit=20" >/dev/null
  get "/api/timeline?from=2024-11&to=2024-12&status=happened&limit=20" >/dev/null
  get "/api/timeline?q=%E6%B2%99%E6%BC%A0&order=asc&limit=20" >/dev/null
  get "/api/regions?level=prefecture&limit=50" >/dev/null
  get "/api/regions/650000" >/dev/null
  get "/api/regions/652300/timeline?limit=20" >/dev/null
  get "/api/regions/652300/projects" >/dev/null
  slug=$(get "/api/projects?limit=5" | first_of slug)
  if [[ -n "$slug" ]]; then
    get "/api/projects/$slug" >/dev/null; get "/api/projects/$slug/timeline?limit=20" >/dev/null
  else fail "no project in /api/projects"; fi
  article=$(get "/api/articles?limit=5" | first_of id)
  if [[ -n "$article" ]]; then
    etag=$(curl -fsI "$BASE/api/articles/$article" | sed -n 's/^[Ee][Tt]ag: *//p' | tr -d '\r')
    [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$BASE/api/articles/$article")" == 304 ]] \
      || fail "conditional GET /api/articles/$article"
  else fail "no article in /api/articles"; fi
  event=$(get "/api/timeline?limit=1" | first_of id)
  if [[ -n "$event" ]]; then get "/api/events/$event" >/dev/null; else fail "no event in /api/timeline"; fi
  get "/api/changes?limit=100" >/dev/null
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/timeline?cursor=not-a-cursor")" == 400 ]] \
    || fail "a bad cursor is not a 400"                                    # the problem+json path
  get "/q/health" >/dev/null
  if (( round == 1 )); then get "/q/openapi" >/dev/null; get "/q/swagger-ui/" >/dev/null; fi
done
# extraction and an authenticated write (the sample page is already stored: recognized, nothing new written)
SAMPLE="$(ls "$(dirname "$0")"/../src/main/resources/samples/*.txt | head -1)"
curl -fs -o /dev/null -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$SAMPLE" \
  "$BASE/api/extract?publishedOn=2024-11-29" || fail "POST /api/extract"
curl -fs -o /dev/null -u "trainer:$PASSWORD" -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$SAMPLE" \
  "$BASE/api/ingest?publishedOn=2024-11-29&source=%E6%98%8C%E5%90%89%E6%97%A5%E6%8A%A5" || fail "POST /api/ingest"

# a clean stop: the JVM writes the cache on exit (for an AOT cache, a second JVM assembles it; this takes a while)
kill -TERM "$PID"; wait "$PID" || true; PID=
[[ -s "$CACHE" ]] || { echo "no cache written; the log:" >&2; tail -30 "$WORK/server.log" >&2; exit 1; }
echo "wrote $CACHE ($(du -h "$CACHE" | cut -f1)); scripts/run.sh uses it"
(( FAILED == 0 )) || { echo "$FAILED training requests failed" >&2; exit 1; }
