#!/usr/bin/env bash
# A longer fuzz run of the input readers than the test suite's: N hostile CSV files through the command line (in
# process) and N hostile JSON documents through ProfileJson, generated from SEED. The checks are those of
# CsvInputFuzzTest and JsonInputFuzzTest (docs/security.md, "Fuzzing").
#
#   bench/fuzz.sh                # 20,000 of each from seed 1
#   bench/fuzz.sh 50000 42       # 50,000 of each from seed 42
#
# The full log is target/fuzz.log; a failing case is written to target/fuzz-failures/ (its seed and case number
# reproduce it). About 25 s per 1,000 CSV files on a small machine; JSON documents are much faster.
set -uo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-20000}
SEED=${2:-1}
mkdir -p target
mvn -B test -Dtest='CsvInputFuzzTest,JsonInputFuzzTest' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dosteorisk.fuzz.cases="$CASES" -Dosteorisk.fuzz.seed="$SEED" > target/fuzz.log 2>&1
status=$?
grep -E 'fuzz: |Tests run:|FAIL|failing case' target/fuzz.log | grep -v '^\[INFO\] Tests run: [0-9]*, Failures: 0, Errors: 0, Skipped: 0$'
exit $status
