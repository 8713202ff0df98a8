#!/usr/bin/env bash
# Crash test of the packaged service: ingest a batch of pages concurrently, kill -9 the JVM in the middle of the batch,
# restart on the same data directory, and check that the database opens (health UP) and that every page is either
# stored whole or absent: ingesting a page again must create all of its articles (absent) or none (stored).
#
#   ./mvnw -B package -DskipTests && scripts/crash-test.sh            # needs java, curl, jq
#   VARIANTS=10 KILL_AFTER=12 scripts/crash-test.sh                     # more pages, kill later
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=target/quarkus-app/quarkus-run.jar
[[ -f $JAR ]] || { echo "no $JAR: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
command -v jq >/dev/null || { echo "jq is needed" >&2; exit 2; }

VARIANTS=${VARIANTS:-6}          # copies of the 5 sample pages, each made distinct
KILL_AFTER=${KILL_AFTER:-8}      # kill -9 once this many ingests were acknowledged
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18089)}
PASSWORD=crash-admin-password
WORK=$(mktemp -d /tmp/timeline-crash.XXXXXX)
DATA=$WORK/data
BASE=http://localhost:$PORT
PID=

start() {
  TIMELINE_DATA_DIR=$DATA TIMELINE_SAMPLE_DATA=false TIMELINE_ADMIN_PASSWORD=$PASSWORD TIMELINE_SECURITY_BCRYPT_COST=4 \
    QUARKUS_HTTP_PORT=$PORT java -Xmx512m -jar "$JAR" >>"$WORK/app.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 360); do
    kill -0 "$PID" 2>/dev/null || { echo "the service exited; see $WORK/app.log" >&2; tail -30 "$WORK/app.log" >&2; exit 1; }
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health") == 200 ]] && return 0
    sleep 0.5
  done
  echo "the service did not become healthy; see $WORK/app.log" >&2; exit 1
}
cleanup() { [[ -n $PID ]] && kill "$PID" 2>/dev/null || true; }
trap cleanup EXIT

# the pages: sample page × variant, every line of variant k ending in its own marker so no article is shared
mkdir -p "$WORK/pages" "$WORK/acks"
while IFS=$'\t' read -r file date source; do
  [[ -z $file || $file == \#* ]] && continue
  for k in $(seq 1 "$VARIANTS"); do
    sed -E "s/([^[:space:]])$/\1（第${k}稿）/" "src/main/resources/samples/$file" >"$WORK/pages/${file%.txt}-$k.txt"
    printf '%s\t%s\n' "$date" "$source" >"$WORK/pages/${file%.txt}-$k.meta"
  done
done <src/main/resources/samples/pages.tsv

ingest() { # page-file → response body on stdout
  local page=$1 date source
  IFS=$'\t' read -r date source <"${page%.txt}.meta"
  local query
  query=$(jq -rn --arg d "$date" --arg s "$source" '"publishedOn=\($d|@uri)&source=\($s|@uri)"')
  curl -s --max-time 120 -u "admin:$PASSWORD" -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$page" \
    "$BASE/api/ingest?$query"
}

start
echo "service up on $BASE (pid $PID, data $DATA)"
pages=("$WORK"/pages/*.txt)
for page in "${pages[@]}"; do
  ( out=$(ingest "$page") && [[ $(jq -r '.articles | length' <<<"$out" 2>/dev/null) =~ ^[0-9]+$ ]] \
      && jq -c '[.articles[].id]' <<<"$out" >"$WORK/acks/$(basename "$page").ids" ) &
  sleep 0.05
done
until (( $(ls "$WORK/acks" | wc -l) >= KILL_AFTER )); do sleep 0.05; done
kill -9 "$PID"; wait "$PID" 2>/dev/null || true
acked=$(ls "$WORK/acks" | wc -l)
echo "kill -9 after $acked of ${#pages[@]} ingests were acknowledged"
wait || true   # the clients see their connections drop

start
echo "restarted: health $(curl -s "$BASE/q/health" | jq -r .status)"
whole=0 absent=0 partial=0 lost=0
for page in "${pages[@]}"; do
  out=$(ingest "$page")
  created=$(jq '[.articles[].created | select(.)] | length' <<<"$out")
  total=$(jq '.articles | length' <<<"$out")
  name=$(basename "$page")
  if (( created == 0 )); then
    whole=$((whole + 1))
    if [[ -f $WORK/acks/$name.ids ]] && [[ "$(jq -c '[.articles[].id]' <<<"$out")" != "$(cat "$WORK/acks/$name.ids")" ]]; then
      echo "MISMATCH $name: stored ids differ from the acknowledged ones"; partial=$((partial + 1))
    fi
  elif (( created == total )); then
    absent=$((absent + 1))
    [[ -f $WORK/acks/$name.ids ]] && { echo "LOST $name: acknowledged before the crash, absent after"; lost=$((lost + 1)); }
  else
    echo "PARTIAL $name: $created of $total articles were missing"; partial=$((partial + 1))
  fi
done
echo "after restart: $whole whole, $absent absent, $partial partial, $lost acknowledged-but-lost (log: $WORK/app.log)"
(( partial == 0 && lost == 0 )) && echo "CRASH TEST PASSED" || { echo "CRASH TEST FAILED"; exit 1; }
