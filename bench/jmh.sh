#!/usr/bin/env bash
# In-process benchmarks (JMH): single-profile latency, batched vs per-profile sessions, formatting, parsing,
# cold rule set load. Any JMH option may follow, e.g.:  bench/jmh.sh AssessorBenchmark.singleProfile -f 1
# Results: the JMH table on standard output and target/bench/jmh.json.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
# The benchmarks are the runtime library's (library/src/test/java/org/osteorisk/bench).
mvn -B -q test-compile -pl library
mvn -B -q dependency:build-classpath -pl library -DincludeScope=test \
    -Dmdep.outputFile="$PWD/target/bench/test-classpath.txt"
exec java -cp "library/target/test-classes:library/target/classes:$(cat target/bench/test-classpath.txt)" \
    org.openjdk.jmh.Main \
    -rf json -rff target/bench/jmh.json "$@"
