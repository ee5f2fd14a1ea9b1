#!/usr/bin/env bash
# Lists at city scale, against the running local stack (README: start command; demo data loaded): grows the
# registry to [estates] and the complaints service to [complaints] by copying the demo's stored documents, then
# reads pages of both lists with and without filters straight from each service and prints p50/p90/p99.
#   deploy/bench/list-scale.sh [estates] [complaints] [requests per list]
# Growing is done once per data directory (a larger number adds the difference); measuring can be repeated.
set -euo pipefail
cd "$(dirname "$0")/../.."
ESTATES=${1:-10000}
COMPLAINTS=${2:-100000}
REQUESTS=${3:-200}
./mvnw -q -pl deploy/local/stack -am -DskipTests install
./mvnw -q -pl deploy/local/stack dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/list-scale.classpath >/dev/null
CP="deploy/local/stack/target/test-classes:deploy/local/stack/target/classes:$(cat deploy/local/stack/target/list-scale.classpath)"
java -cp "$CP" org.estatecare.local.bench.CityScale generate "$ESTATES" "$COMPLAINTS"
exec java -cp "$CP" org.estatecare.local.bench.CityScale measure "$REQUESTS"
