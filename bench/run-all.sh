#!/usr/bin/env bash
# All benchmarks in order. Build first: ./mvnw -B package -DskipTests -DskipITs
#   bench/run-all.sh [ARTICLES]   (default 100000 ≈ 1M events; the small set is 1000 articles ≈ 10k events)
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES="${1:-100000}"
bench/import.sh 1000 200
bench/import.sh "$ARTICLES" 20000
bench/load.sh target/bench/data-1000 10k
bench/load.sh "target/bench/data-$ARTICLES" "$ARTICLES"
bench/sqllog.sh target/bench/data-1000
bench/startup.sh 3
bench/ingest.sh 5
