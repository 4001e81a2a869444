#!/usr/bin/env bash
# The latency sweep: events/s delivered and events dropped against round trips of 0, 20, 100 and 250 ms,
# the pipeline (default settings) against two baselines, with the ingest server in its own JVM; then
# draws benchmarks/target/latency/latency-sweep.png with gnuplot (installed with apt-get if missing and
# this runs as root). About 5 minutes with the defaults. Builds first (offline; MVN_OFFLINE= to build
# online, SKIP_BUILD=1 to skip). Arguments go to LatencySweep, e.g. --rtts=0,20,100,250 --rate=60000
# --warmup=5 --duration=20 --ways=pipeline,per-event,two-batches --connector=jdk. PLOT_NOTE sets a line
# under the plot's title. Results: benchmarks/target/latency/results.md and latency-sweep.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=benchmarks/target/latency

if ! command -v gnuplot >/dev/null 2>&1; then
	if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
		echo "gnuplot is not installed: installing gnuplot-nox (Debian) to draw the plot" >&2
		apt-get install -y -qq gnuplot-nox >/dev/null || { apt-get update -qq && apt-get install -y -qq gnuplot-nox >/dev/null; }
	else
		echo "gnuplot is not installed and cannot be installed here (needs root and apt-get): the sweep runs," >&2
		echo "but no PNG is drawn. Install it (Debian/Ubuntu: apt-get install -y gnuplot-nox) and run" >&2
		echo "  gnuplot -e \"data='$OUT/delivered.dat'; out='$OUT/latency-sweep.png'\" benchmarks/scripts/latency-plot.gp" >&2
	fi
fi
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
	./mvnw ${MVN_OFFLINE--o} -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests
fi
java -Xmx1g -cp benchmarks/target/benchmarks.jar co.monigo.benchmarks.latency.LatencySweep --output="$OUT" "$@"
if command -v gnuplot >/dev/null 2>&1; then
	gnuplot -e "data='$OUT/delivered.dat'; out='$OUT/latency-sweep.png'; note='${PLOT_NOTE:-}'" benchmarks/scripts/latency-plot.gp
	echo "Plot: $OUT/latency-sweep.png"
fi
