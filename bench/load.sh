#!/usr/bin/env bash
# HTTP load with wrk on loopback: timeline first page, a deep cursor page, region/county/project filters, region and
# project timelines, against a trivial endpoint in the same run.
#   bench/load.sh DATA_DIR [LABEL]      (DATA_DIR from bench/import.sh, e.g. target/bench/data-1000)
# Env: WRK_DURATION (15s), WRK_THREADS (2), WRK_CONNECTIONS (16), DEEP_PAGES (50).
# Results: target/bench/load-LABEL.txt (raw wrk) and target/bench/load-LABEL.tsv (name, req/s, p50 ms, p99 ms).
source "$(dirname "$0")/lib.sh"
DATA="${1:?data dir}"
LABEL="${2:-$(basename "$DATA")}"
DUR="${WRK_DURATION:-15s}"; THREADS="${WRK_THREADS:-2}"; CONNS="${WRK_CONNECTIONS:-16}"; DEEP="${DEEP_PAGES:-50}"
command -v wrk >/dev/null || { echo "install wrk (apt-get install -y wrk)" >&2; exit 1; }
trap stop_server EXIT
start_server "$DATA"
READY_MS=$(wait_ready); echo "first /api/timeline after $READY_MS ms"

json_field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d'+sys.argv[1]))" "$1"; }
get() { curl -fs "$BASE$1"; }   # reads are public

# follow `next` DEEP pages from a first page; prints the path of the last cursor
deep() {
  local path="$1" body next
  for _ in $(seq 1 "$DEEP"); do
    body=$(get "$path")
    next=$(printf '%s' "$body" | json_field "['next']")
    [[ "$next" == "None" ]] && break
    local sep='?'; [[ "$1" == *\?* ]] && sep='&'
    path="${1}${sep}cursor=$next"
  done
  printf '%s' "$path"
}

# a busy county, prefecture and project of this data set
COUNTY=$(get "/api/regions?level=county&parent=652300&limit=1" | json_field "['items'][0]['code']" 2>/dev/null || echo 652301)
PREF=652300
SLUG=$(get "/api/projects?limit=1" | json_field "['items'][0]['slug']")
echo "county=$COUNTY prefecture=$PREF project=$SLUG"

declare -a NAMES=(trivial timeline timeline-deep$DEEP region-650000 region-$PREF county-$COUNTY project region-timeline project-timeline)
declare -a PATHS=(
  "/api/regions/650000"
  "/api/timeline"
  "$(deep /api/timeline)"
  "/api/timeline?region=650000"
  "/api/timeline?region=$PREF"
  "/api/timeline?region=$COUNTY"
  "/api/timeline?project=$SLUG"
  "/api/regions/$PREF/timeline"
  "/api/projects/$SLUG/timeline"
)
RAW="$OUT/load-$LABEL.txt"; TSV="$OUT/load-$LABEL.tsv"
: >"$RAW"; printf 'scenario\treq_s\tp50_ms\tp99_ms\tpath\n' >"$TSV"
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; printf "%.2f", v}' <<<"$1"; }
WRK_HDR=()   # reads are public: no credentials, as a mobile client reads
for i in "${!NAMES[@]}"; do
  name="${NAMES[$i]}"; path="${PATHS[$i]}"
  get "$path" >/dev/null || { echo "GET $path failed" >&2; exit 1; }
  wrk -t"$THREADS" -c"$CONNS" -d5s "${WRK_HDR[@]}" "$BASE$path" >/dev/null   # warm-up
  res=$(wrk -t"$THREADS" -c"$CONNS" -d"$DUR" --latency "${WRK_HDR[@]}" "$BASE$path")
  printf '### %s %s\n%s\n\n' "$name" "$path" "$res" >>"$RAW"
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$res")
  p50=$(to_ms "$(awk '$1=="50%" {print $2}' <<<"$res")")
  p99=$(to_ms "$(awk '$1=="99%" {print $2}' <<<"$res")")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$res")
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$rps" "$p50" "$p99" "$path" >>"$TSV"
  printf '%-22s %10s req/s  p50 %8s ms  p99 %8s ms %s\n' "$name" "$rps" "$p50" "$p99" "${non2xx:+NON-2XX: $non2xx}"
done
echo "RSS after load: $(rss_mb) MB"
awk -F'\t' 'NR==2 {t=$2} NR>2 {printf "%-22s throughput/trivial = %.2f\n", $1, $2/t}' "$TSV"
