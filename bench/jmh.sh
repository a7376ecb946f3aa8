#!/usr/bin/env bash
# In-process benchmarks (JMH): single-profile latency, batched vs per-profile sessions, formatting, parsing,
# cold rule set load. Any JMH option may follow, e.g.:  bench/jmh.sh AssessorBenchmark.singleProfile -f 1
# Results: the JMH table on standard output and target/bench/jmh.json.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench/test-classpath.txt)" org.openjdk.jmh.Main \
    -rf json -rff target/bench/jmh.json "$@"
