# JVM settings for running the packaged service (sourced by scripts/run.sh, scripts/startup-cache.sh and bench/lib.sh).
# The figures behind these choices are in bench/README.md, section 3.
#
# Recommended for a small instance (2 cores, a few hundred MB): the serial collector (no GC threads to feed), a heap that
# starts at 16 MB and grows on demand (an idle service keeps a small footprint), the C1 compiler only (much less
# compilation work at start-up, enough for an I/O-bound service), smaller thread stacks, a ceiling on class metadata.
TIMELINE_JAVA_OPTS_RECOMMENDED="-XX:+UseSerialGC -Xms16m -Xmx256m -XX:MaxMetaspaceSize=128m -Xss512k -XX:TieredStopAtLevel=1"

# The packaged application directory (quarkus.package.jar.type=aot-jar: a plain class path the JDK can cache)
TIMELINE_APP_DIR="${TIMELINE_APP_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/quarkus-app}"

# Major version of the java on PATH (17, 21, 25 ...), asked once when this file is sourced: each question starts a JVM,
# and the answer is needed inside the command that starts the service (where it would count as start-up time)
TIMELINE_JAVA_MAJOR="$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')"
java_major() { echo "$TIMELINE_JAVA_MAJOR"; }

# The start-up cache for this JDK (made by scripts/startup-cache.sh): JDK 25+ keeps classes loaded and linked plus
# method profiles in an AOT cache (JEP 483/514/515); older JDKs keep the loaded classes in a dynamic AppCDS archive.
startup_cache_file() {
  if (( $(java_major) >= 25 )); then echo "$TIMELINE_APP_DIR/app.aot"; else echo "$TIMELINE_APP_DIR/app-cds.jsa"; fi
}

# startup_cache_opts use|train: the option that reads (use) or writes (train) the cache; empty for "use" without a cache
startup_cache_opts() {
  local file; file="$(startup_cache_file)"
  if [[ "$1" == train ]]; then
    if (( $(java_major) >= 25 )); then echo "-XX:AOTCacheOutput=$file"; else echo "-XX:ArchiveClassesAtExit=$file"; fi
  elif [[ -f "$file" ]]; then
    if (( $(java_major) >= 25 )); then echo "-XX:AOTCache=$file"; else echo "-XX:SharedArchiveFile=$file"; fi
  fi
}
