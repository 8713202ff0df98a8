#!/usr/bin/env bash
# Generates a TypeScript (fetch) client from the OpenAPI document that the build stores in target/openapi/openapi.json
# (the same document as /q/openapi), with the openapi-generator-maven-plugin already declared in pom.xml.
#
#   clients/generate-typescript.sh            # -> target/generated-client/typescript-fetch
#   GENERATOR=kotlin clients/generate-typescript.sh   # any other openapi-generator generator name works the same way
#
# Builds the application first (package, no tests) when the spec is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/.."

GENERATOR="${GENERATOR:-typescript-fetch}"
SPEC=target/openapi/openapi.json
OUT="target/generated-client/${GENERATOR}"

if [[ ! -f "$SPEC" ]] || [[ -n "$(find src/main pom.xml -newer "$SPEC" -type f -print -quit)" ]]; then
  ./mvnw -B -q package -DskipTests -DskipITs -Dcodegen.skip=true
fi

# A command-line goal runs as execution default-cli, so the generate-java-client execution's settings do not apply.
./mvnw -B -q org.openapitools:openapi-generator-maven-plugin:generate \
  -Dopenapi.generator.maven.plugin.inputSpec="$SPEC" \
  -Dopenapi.generator.maven.plugin.generatorName="$GENERATOR" \
  -Dopenapi.generator.maven.plugin.output="$OUT" \
  -Dopenapi.generator.maven.plugin.cleanupOutput=true \
  -Dopenapi.generator.maven.plugin.addCompileSourceRoot=false \
  -Dopenapi.generator.maven.plugin.generateApiTests=false \
  -Dopenapi.generator.maven.plugin.generateModelTests=false

echo "$GENERATOR client in $OUT"
