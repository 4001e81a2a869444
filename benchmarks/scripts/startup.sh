#!/usr/bin/env bash
# The startup benchmark: Spring's start time of a Spring MVC application with the Monigo starter and a
# @Metered endpoint against the same application with no Monigo jar, 15 starts each taking turns (about
# 2 minutes). Builds both applications and the benchmarks jar first (offline; set MVN_OFFLINE= to build
# online, SKIP_BUILD=1 to skip). Arguments go to StartupBenchmark, e.g. --runs=15 --profile=true (one
# more start of each with class loading logged and Spring's startup steps, to show what the starter
# adds). Results: benchmarks/target/startup/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
	./mvnw ${MVN_OFFLINE--o} -q -B -Pbenchmarks -pl benchmarks,benchmarks/startup-plain,benchmarks/startup-monigo -am package \
		-DskipTests
fi
exec java -cp benchmarks/target/benchmarks.jar co.monigo.benchmarks.startup.StartupBenchmark "$@"
