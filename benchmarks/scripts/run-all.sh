#!/usr/bin/env bash
# Runs the whole benchmark set of issue 6 on this machine and writes one results file,
# benchmarks/target/results/results.md (raw JMH JSON and logs beside it). About 10 minutes on 2 cores.
# Run it on a quiet machine: every row compares with a baseline measured in the same run, but other
# load still widens the errors. Needs wrk for the outage row (apt-get install -y wrk).
#
#   benchmarks/scripts/run-all.sh            # build (online), then everything
#   SKIP_BUILD=1 benchmarks/scripts/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=benchmarks/target/results
JAR=benchmarks/target/benchmarks.jar
rm -rf "$OUT" && mkdir -p "$OUT"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
	./mvnw -q -B -pl sample-app,benchmarks,benchmarks/startup-plain,benchmarks/startup-monigo -am package -DskipTests
fi
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }

started=$(date +%s)
{
	echo "# Benchmark results"
	echo
	echo "- date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
	echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB"
	echo "- JDK: $(java -version 2>&1 | head -1)"
	echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo
} > "$OUT/results.md"

step() { echo; echo "=== $1 ($(($(date +%s) - started)) s in)"; }

step "aspect overhead"
java -jar "$JAR" MeteredAspectBenchmark -prof gc -rf json -rff "$OUT/aspect.json" > "$OUT/aspect.log"
step "record path, 1 thread"
java -jar "$JAR" RecordPathBenchmark -t 1 -prof gc -rf json -rff "$OUT/record-1.json" > "$OUT/record-1.log"
step "record path, 2 threads"
java -jar "$JAR" RecordPathBenchmark -t 2 -prof gc -rf json -rff "$OUT/record-2.json" > "$OUT/record-2.log"
step "delivery"
java -cp "$JAR" co.monigo.benchmarks.DeliveryBenchmark -rf json -rff "$OUT/delivery.json" > "$OUT/delivery.log"
step "memory per pending event"
java -cp "$JAR" co.monigo.benchmarks.PendingMemoryBenchmark > "$OUT/memory.log"
step "outage"
SKIP_BUILD=1 benchmarks/scripts/outage.sh > "$OUT/outage.log" 2>&1
step "startup"
SKIP_BUILD=1 benchmarks/scripts/startup.sh > "$OUT/startup.log" 2>&1

table() { python3 benchmarks/scripts/jmh_table.py "$@"; }
{
	echo "## Aspect overhead (target: no more than @Counted)"
	echo
	table "$OUT/aspect.json" micrometerCounted "MeteredAspectBenchmark"
	echo "## Record path (target: at least 5 M events/s on one thread; no allocation beyond the event)"
	echo
	table "$OUT/record-1.json" baselineArrayBlockingQueueOffer "RecordPathBenchmark, 1 thread"
	table "$OUT/record-2.json" baselineArrayBlockingQueueOffer "RecordPathBenchmark, 2 threads"
	echo "## Delivery (targets: at least 250,000 events/s; at least 100 x one call per event)"
	echo
	table "$OUT/delivery.json" baselineOneCallPerEvent "DeliveryBenchmark"
	echo '```'
	sed -n '/^Delivery to a loopback/,$p' "$OUT/delivery.log"
	echo '```'
	echo
	echo "## Memory per pending event (target: at most 300 B)"
	echo
	echo '```'
	cat "$OUT/memory.log"
	echo '```'
	echo
	echo "## Outage (target: p99 under outage within 1.1 x healthy)"
	echo
	cat benchmarks/target/outage/results.md
	echo
	echo "## Startup (target: the starter adds under 50 ms)"
	echo
	cat benchmarks/target/startup/results.md
	echo
	echo "Total time: $(($(date +%s) - started)) s (builds excluded)."
} >> "$OUT/results.md"
echo
echo "Results: $OUT/results.md"
