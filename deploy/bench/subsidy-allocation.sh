#!/usr/bin/env bash
# A year of monthly subsidy allocation runs for 10,000 estates (the subsidies service's planning, in one JVM, without
# the database): time and peak heap per year, after a warm-up. No stack needed.
#   deploy/bench/subsidy-allocation.sh [estates] [repeats] [--review-all]
# --review-all compares every estate's settled months in every run (the worst case); by default 1 % of the estates
# learn a late fact each month, as the service compares only the estates it learnt something of.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -pl services/subsidies -am -DskipTests install
./mvnw -q -pl services/subsidies dependency:build-classpath -Dmdep.outputFile=target/subsidy-bench.classpath >/dev/null
exec java -Xmx${BENCH_HEAP:-2g} -XX:ActiveProcessorCount=${BENCH_CORES:-2} \
  -cp "services/subsidies/target/test-classes:services/subsidies/target/classes:$(cat services/subsidies/target/subsidy-bench.classpath)" \
  org.estatecare.subsidies.bench.AllocationBenchmark "$@"
