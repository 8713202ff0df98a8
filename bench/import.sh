#!/usr/bin/env bash
# Bulk import benchmark: generates the data set and streams it through POST /api/articles/import.
#   bench/import.sh [ARTICLES] [PROJECTS]     (default 100000 articles ≈ 1,000,000 events, 20000 projects)
# Data dir: target/bench/data-<ARTICLES> (deleted first). Result: target/bench/import-<ARTICLES>.json
source "$(dirname "$0")/lib.sh"
ARTICLES="${1:-100000}"
PROJECTS="${2:-20000}"
DATA="$OUT/data-$ARTICLES"
rm -rf "$DATA"
trap stop_server EXIT
# bulk loading is a batch job: a bigger heap than the serving settings (young GC was ~20% of the time at -Xmx256m)
# and a 256 MB H2 page cache (the default 16 MB makes index inserts read pages back from disk)
BENCH_JAVA_OPTS="${BENCH_IMPORT_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC}"
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$DATA/timeline;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=262144"
start_server "$DATA"
echo "server ready after $(wait_ready /q/health/ready) ms (data dir $DATA)"
python3 "$BENCH_DIR/generate.py" --articles "$ARTICLES" --projects "$PROJECTS" --url "$BASE" --progress 10 \
  | tee "$OUT/import-$ARTICLES.json"
echo "RSS after import: $(rss_mb) MB"
unset QUARKUS_DATASOURCE_JDBC_URL
curl -s "${CURL_AUTH[@]}" "$BASE/api/changes?limit=1" | head -c 300; echo
du -sh "$DATA"
