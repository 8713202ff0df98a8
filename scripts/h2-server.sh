#!/usr/bin/env bash
# Starts an H2 TCP server for the native binary (embedded H2 cannot be compiled into a native executable).
# Uses the H2 jar the build already downloaded; binds to localhost only; databases live in the data directory.
#
#   scripts/h2-server.sh [data-dir] [port]        # defaults: ./data 9092
#   QUARKUS_DATASOURCE_JDBC_URL=jdbc:h2:tcp://localhost:9092/timeline ./target/regional-timeline-*-runner
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=${1:-./data}
port=${2:-9092}
mkdir -p "$data_dir"

jar=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar 2>/dev/null | head -1 || true)
if [[ -z "$jar" ]]; then
  version=$(./mvnw -q -B help:evaluate -Dexpression=h2.version -DforceStdout 2>/dev/null || true)
  if [[ -z "$version" || "$version" == *null* ]]; then
    version=$(./mvnw -q -B dependency:list -DincludeArtifactIds=h2 -DoutputFile=/dev/stdout 2>/dev/null \
      | sed -nE 's/.*com\.h2database:h2:jar:([^:]+):.*/\1/p' | head -1)
  fi
  jar="$HOME/.m2/repository/com/h2database/h2/$version/h2-$version.jar"
fi
[[ -f "$jar" ]] || { echo "H2 jar not found; run ./mvnw package first" >&2; exit 1; }

echo "H2 TCP server on localhost:$port, data in $data_dir ($jar)"
# -ifNotExists lets the first connection create the database; without -tcpAllowOthers only localhost may connect
exec java -cp "$jar" org.h2.tools.Server -tcp -tcpPort "$port" -baseDir "$data_dir" -ifNotExists
