#!/usr/bin/env bash
# Extraction throughput: the seed pages through POST /api/extract (no storage) and POST /api/ingest (stores).
#   bench/ingest.sh [ROUNDS]     (default 5 rounds over the 5 sample pages)
# Uses a fresh data dir target/bench/data-ingest; ingest of the same page again is a no-op after round 1, so the
# ingest figure is for round 1 (new content) and the later rounds (recognized content) separately.
source "$(dirname "$0")/lib.sh"
ROUNDS="${1:-5}"
DATA="$OUT/data-ingest"; rm -rf "$DATA"
trap stop_server EXIT
start_server "$DATA"; wait_ready >/dev/null
# an API token, as a scripted client would use: HTTP Basic checks a bcrypt hash on every request (cost 12: ~0.3 s here)
TOKEN=$(curl -fs "${CURL_AUTH[@]}" -X POST "$BASE/api/tokens" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
CURL_AUTH=(-H "Authorization: Bearer $TOKEN")
SAMPLES="$REPO/src/main/resources/samples"
mapfile -t PAGES < <(grep -v '^#' "$SAMPLES/pages.tsv" | grep -v '^$')
chars=0; for p in "${PAGES[@]}"; do f=$(cut -f1 <<<"$p"); chars=$((chars + $(python3 -c "import sys;print(len(open(sys.argv[1],encoding='utf-8').read()))" "$SAMPLES/$f"))); done
# query strings prepared once, outside the timed loops (a python start per request would dominate the timing)
declare -A QUERY
for p in "${PAGES[@]}"; do
  QUERY[$p]="publishedOn=$(cut -f2 <<<"$p")&source=$(python3 -c 'import urllib.parse,sys;print(urllib.parse.quote(sys.argv[1]))' "$(cut -f3 <<<"$p")")"
done
post() { # endpoint page-line
  curl -fs "${CURL_AUTH[@]}" -o /dev/null -X POST "$BASE$1?${QUERY[$2]}" \
       -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$SAMPLES/$(cut -f1 <<<"$2")"
}
run() { # endpoint rounds -> prints pages/s chars/s
  local t0 t1 n=0
  t0=$(now_ms)
  for _ in $(seq 1 "$2"); do for p in "${PAGES[@]}"; do post "$1" "$p"; n=$((n+1)); done; done
  t1=$(now_ms)
  python3 -c "import sys; n,c,ms=map(float,sys.argv[1:4]); print('%-28s %4d pages in %6.0f ms: %6.2f pages/s %9.0f chars/s' % (sys.argv[4], n, ms, n/ms*1000, c*n/ms*1000))" "$n" "$((chars / ${#PAGES[@]}))" "$((t1 - t0))" "$1 x$2"
}
echo "${#PAGES[@]} pages, $chars characters in all"
run /api/extract 1 >/dev/null        # warm-up
run /api/extract "$ROUNDS" | tee "$OUT/ingest.txt"
run /api/ingest 1 | tee -a "$OUT/ingest.txt"
run /api/ingest "$ROUNDS" | sed 's/^/(already stored) /' | tee -a "$OUT/ingest.txt"
