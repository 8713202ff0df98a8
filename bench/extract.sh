#!/usr/bin/env bash
# The extraction engine alone, warm (no HTTP, no database): characters and pages per second on the sample pages.
#   bench/extract.sh [ROUNDS]     (after ./mvnw -B package -DskipTests)
source "$(dirname "$0")/lib.sh"
ROUNDS="${1:-20}"
PINYIN=$(ls "$REPO"/target/quarkus-app/lib/main/com.belerweb.pinyin4j-*.jar | head -1)
java -cp "$REPO/target/classes:$PINYIN" "$BENCH_DIR/ExtractBench.java" "$REPO/src/main/resources/samples" "$ROUNDS" | tee "$OUT/extract.txt"
