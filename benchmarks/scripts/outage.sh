#!/usr/bin/env bash
# The outage benchmark: p50/p99 latency of the sample application's metered endpoint under wrk, with
# Monigo's ingest healthy, answering 503, and hanging (about 3 minutes). Builds the sample application
# and the benchmarks jar first (offline; set MVN_OFFLINE= to build online, SKIP_BUILD=1 to skip).
# Arguments go to OutageBenchmark, e.g. --duration=20 --warmup=15 --connections=8 --modes=healthy,503,hang
# --profile=true (a JFR recording per mode), --rate=12000 (open loop at that many requests/s instead of wrk's
# closed loop; see OpenLoopLoad). Results: benchmarks/target/outage/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v wrk >/dev/null 2>&1; then
	echo "wrk is not installed; on Debian or Ubuntu: apt-get install -y wrk" >&2
	exit 1
fi
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
	./mvnw ${MVN_OFFLINE--o} -q -B -Pbenchmarks -pl sample-app,benchmarks -am package -DskipTests
fi
exec java -Xmx1g -cp benchmarks/target/benchmarks.jar co.monigo.benchmarks.outage.OutageBenchmark "$@"
