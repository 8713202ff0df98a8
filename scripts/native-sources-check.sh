#!/usr/bin/env bash
# Checks the native build as far as it goes without GraalVM: runs the whole Quarkus native build (-Dnative) up to the
# point where native-image would be called (quarkus.native.sources-only=true writes its input to target/native-sources),
# then checks that input: the native-image arguments, the resources read at run time (gazetteer, sample pages,
# pinyin4j's dictionary, migrations) and reflection registrations for every JSON type in api/NativeRegistrations and
# every entity. Where GraalVM or Mandrel is installed, `./mvnw package -Dnative` then builds the executable itself.
#   scripts/native-sources-check.sh          (about 2 minutes; .ci/run runs it after the tests)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -Dnative -Dquarkus.native.sources-only=true -DskipTests -DskipITs -Dcodegen.skip=true
SRC=target/native-sources
[[ -s "$SRC/native-image.args" ]] || { echo "no native-image.args in $SRC" >&2; exit 1; }

python3 - "$SRC" <<'PY'
import json, pathlib, re, sys, zipfile
src = pathlib.Path(sys.argv[1])
failures = []
runner = zipfile.ZipFile(next(src.glob("*-runner.jar")))
def config(name):
    return json.loads(runner.read("META-INF/native-image/" + name))

resources = config("resource-config.json")["resources"]
patterns = [r["pattern"] for r in (resources["includes"] if isinstance(resources, dict) else resources)]
def to_python(java_regex):   # Java's \Q...\E quoting is not Python syntax
    return re.sub(r"\\Q(.*?)\\E", lambda m: re.escape(m.group(1)), java_regex)
patterns = [to_python(p) for p in patterns]
def matched(path):
    return any(re.fullmatch(p, path) for p in patterns)
main = pathlib.Path("src/main/resources")
wanted = [p.relative_to(main).as_posix() for d in ("gazetteer", "samples") for p in (main / d).iterdir()
          if p.suffix in (".tsv", ".txt")]
wanted += ["pinyindb/unicode_to_hanyu_pinyin.txt"]
wanted += [p.relative_to(main).as_posix() for p in (main / "db/migration").glob("*.sql")]
for path in wanted:
    if not matched(path):
        failures.append(f"resource not included: {path}")

registered = {e.get("name") for e in config("reflect-config.json")}
java = pathlib.Path("src/main/java")
names = re.findall(r"([A-Za-z_][\w.]*)\.class", (java / "org/regionaltimeline/api/NativeRegistrations.java").read_text())
for name in names:
    fq = name if name.startswith("org.") else "org.regionaltimeline.api." + name
    # nested types are registered under their binary name (Outer$Inner)
    parts = fq.split(".")
    first_type = next(i for i, p in enumerate(parts) if p[0].isupper())
    binary = ".".join(parts[:first_type + 1]) + "".join("$" + p for p in parts[first_type + 1:])
    if binary not in registered:
        failures.append(f"not registered for reflection: {binary}")
for entity in java.rglob("*.java"):
    if "@Entity" in entity.read_text():
        fq = ".".join(entity.relative_to(java).with_suffix("").parts)
        if fq not in registered:
            failures.append(f"entity not registered for reflection: {fq}")

args = (src / "native-image.args").read_text()
for flag in ("--no-fallback", "--link-at-build-time"):
    if flag not in args:
        failures.append(f"native-image argument missing: {flag}")

if failures:
    print("\n".join(failures)); sys.exit(1)
print(f"native sources OK: {len(wanted)} run-time resources included, {len(names)} JSON types and the entities "
      f"registered ({len(registered)} reflection entries), native-image arguments in {src}/native-image.args")
PY
