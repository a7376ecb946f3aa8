#!/usr/bin/env bash
# Start-up of the runtime library as an app sees it: a fresh JVM on the library's own class path (no authoring, no
# CLI), Assessor.create() with the bundled rules and a first assessment. RUNS fresh JVMs (default 7); medians.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-7}"
mkdir -p target/bench
mvn -B -q package -DskipTests -pl library -am
mvn -B -q dependency:build-classpath -pl library -DincludeScope=runtime \
    -Dmdep.outputFile="$PWD/target/bench/runtime-classpath.txt"
CP="library/target/osteorisk-0.1.0.jar:library/target/test-classes:$(cat target/bench/runtime-classpath.txt)"
echo "runtime class path: $(tr ':' '\n' < target/bench/runtime-classpath.txt | wc -l) jars besides the library"
: > target/bench/startup.txt
for _ in $(seq "$RUNS"); do
  start=$(date +%s%N)
  line=$(java -cp "$CP" org.osteorisk.bench.StartupProbe 2>/dev/null)
  echo "$line, wall $(( ($(date +%s%N) - start) / 1000000 )) ms" | tee -a target/bench/startup.txt
done
python3 - target/bench/startup.txt <<'PY'
import re, statistics, sys
rows = [list(map(int, re.findall(r"(\d+) ms", line))) for line in open(sys.argv[1])]
for i, name in enumerate(["create", "first assessment", "wall (JVM start to exit)"]):
    print(f"median {name}: {statistics.median(r[i] for r in rows):.0f} ms")
PY
