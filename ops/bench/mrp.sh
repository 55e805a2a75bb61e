#!/usr/bin/env bash
# Generates a factory of N items (default 20000) in 5 BOM levels with stock, open orders, sales orders and a year of
# weekly forecasts into PostgreSQL, runs the mrp job over a one-year weekly horizon and reports its wall time, peak
# heap, planned orders and pegs; see docs/mrp.md ("Benchmark"). Non-interactive: settings by environment.
#   ITEMS=20000   items to generate (or the first argument)
#   HEAP=4g       the test JVM's -Xmx
#   DB_URL, DB_USER, DB_PASSWORD   a PostgreSQL other than the tests' default (127.0.0.1:5432, CI=true)
set -euo pipefail
cd "$(dirname "$0")/../.."
ITEMS="${1:-${ITEMS:-20000}}"
HEAP="${HEAP:-4g}"
DB_ARGS=""
if [ -n "${DB_URL:-}" ]; then
  DB_ARGS="-Dspring.datasource.url=$DB_URL -Dspring.datasource.username=${DB_USER:-postgres} -Dspring.datasource.password=${DB_PASSWORD:-}"
fi
CI=true ./mvnw -B -q ${MVN_OFFLINE:+-o} -pl batch-jobs -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=MrpBench -Dfailsafe.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx$HEAP -Dlekha.bench.items=$ITEMS $DB_ARGS"
cat batch-jobs/target/bench/mrp.txt
