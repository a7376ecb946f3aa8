#!/usr/bin/env bash
# End-to-end benchmark of the command line, reported as medians over repeated runs, each mode run in turn
# within every round so that they share the machine's conditions (this machine is small and noisy).
#
#   bench/e2e.sh                 # 1,000,000 profiles, 5 rounds
#   ROWS=200000 RUNS=3 bench/e2e.sh
#   JAVA_OPTS="-XX:+UseG1GC" bench/e2e.sh     # other JVM flags (default: those of bin/osteorisk)
#
# Prints a markdown table (also saved to target/bench/e2e.md).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-5}
JAVA_OPTS=${JAVA_OPTS:-$(sed -n 's/^DEFAULT_JAVA_OPTS="\(.*\)"$/\1/p' bin/osteorisk)}
JAR=target/osteorisk.jar
OUT=target/bench
SAMPLE=$OUT/sample-$ROWS.csv
mkdir -p "$OUT"
[ -f "$JAR" ] || mvn -B -q package -DskipTests
[ -f "$SAMPLE" ] || java -jar "$JAR" sample --count "$ROWS" --seed 42 --output "$SAMPLE"

run() { # label, then the osteorisk arguments; prints elapsed milliseconds, exits on a failure (not on exit 3)
  local start end status
  start=$(date +%s%N)
  set +e
  java $JAVA_OPTS -jar "$JAR" "$@" >/dev/null 2>>"$OUT/e2e.err"
  status=$?
  set -e
  end=$(date +%s%N)
  if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then echo "failed ($status): $*" >&2; exit 1; fi
  echo $(( (end - start) / 1000000 ))
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

declare -A times
MODES=(check assess_t1 assess_t2 assess_t2_jsonl version examples)
: > "$OUT/e2e.err"
for round in $(seq 1 "$RUNS"); do
  times[check]+=" $(run check --threads 2 "$SAMPLE")"
  times[assess_t1]+=" $(run assess --threads 1 "$SAMPLE")"
  times[assess_t2]+=" $(run assess --threads 2 "$SAMPLE")"
  times[assess_t2_jsonl]+=" $(run assess --threads 2 --format jsonl "$SAMPLE")"
  times[version]+=" $(run --version)"
  times[examples]+=" $(run assess examples/profiles.csv)"
  echo "round $round done" >&2
done

# Peak heap: the largest heap occupancy before a collection, from the GC log of a run capped at 256 MB.
GC_LOG=$OUT/gc-256m.log
set +e
java $JAVA_OPTS -Xmx256m -Xlog:gc:file="$GC_LOG" -jar "$JAR" assess --threads 2 "$SAMPLE" >/dev/null 2>>"$OUT/e2e.err"
heap_status=$?
set -e
peak=$(grep -oE '[0-9]+M->[0-9]+M' "$GC_LOG" | sed 's/M->.*//' | sort -n | tail -1)

declare -A med
for m in "${MODES[@]}"; do med[$m]=$(echo "${times[$m]}" | median); done
rate() { awk -v r="$ROWS" -v ms="$1" 'BEGIN {printf "%\047.0f", r / (ms / 1000)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
{
  echo "| measure ($ROWS rows, median of $RUNS runs) | wall time | profiles/s | ratio |"
  echo "|---|---|---|---|"
  echo "| \`check\` (read and validate only), 2 threads | ${med[check]} ms | $(rate "${med[check]}") | 1.00 (baseline) |"
  echo "| \`assess\`, 1 thread, text report | ${med[assess_t1]} ms | $(rate "${med[assess_t1]}") | $(ratio "${med[assess_t1]}" "${med[check]}") x check |"
  echo "| \`assess\`, 2 threads, text report | ${med[assess_t2]} ms | $(rate "${med[assess_t2]}") | $(ratio "${med[assess_t2]}" "${med[check]}") x check |"
  echo "| \`assess\`, 2 threads, jsonl report | ${med[assess_t2_jsonl]} ms | $(rate "${med[assess_t2_jsonl]}") | $(ratio "${med[assess_t2_jsonl]}" "${med[check]}") x check |"
  echo "| \`--version\` (JVM start, no rules) | ${med[version]} ms | | |"
  echo "| \`assess examples/profiles.csv\` (start, bundled rules, 20 rows) | ${med[examples]} ms | | |"
  echo "| peak heap before GC, \`assess\` 2 threads under \`-Xmx256m\` (exit $heap_status) | ${peak:-?} MB | | |"
  echo
  echo "All runs (ms): $(for m in "${MODES[@]}"; do printf '%s:%s; ' "$m" "${times[$m]}"; done)"
  echo "JVM: $(java -version 2>&1 | head -1); flags: ${JAVA_OPTS:-none}; cores: $(nproc)"
} | tee "$OUT/e2e.md"
