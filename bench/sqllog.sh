#!/usr/bin/env bash
# The SQL statements of one timeline page (proof of no N+1): runs with Hibernate SQL logging and prints the
# statements logged while serving GET /api/timeline?limit=20 (and a region-filtered page).
#   bench/sqllog.sh DATA_DIR      Result: target/bench/sqllog.txt
source "$(dirname "$0")/lib.sh"
DATA="${1:?data dir}"
trap stop_server EXIT
QUARKUS_HIBERNATE_ORM_LOG_SQL=true QUARKUS_HIBERNATE_ORM_LOG_FORMAT_SQL=false QUARKUS_HIBERNATE_ORM_LOG_HIGHLIGHT_SQL=false start_server "$DATA"; wait_ready >/dev/null
# warm both paths first: the first region filter loads the region tree into memory once (RegionDirectory), which is
# not part of serving a page
for path in "/api/timeline?limit=20" "/api/timeline?region=652300&limit=20"; do curl -fs -o /dev/null "$BASE$path"; done
for path in "/api/timeline?limit=20" "/api/timeline?region=652300&limit=20"; do
  before=$(wc -l <"$SERVER_LOG")
  curl -fs -o /dev/null "$BASE$path"; sleep 0.5
  echo "### GET $path"
  tail -n +"$((before + 1))" "$SERVER_LOG" | sed -E 's/^.*\[or\.hi\.SQL\] //; s/^Hibernate: //' | tr -s ' '
  echo
done | tee "$OUT/sqllog.txt"
