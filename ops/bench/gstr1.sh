#!/usr/bin/env bash
# Loads N invoices x 5 lines (default 1000000) into PostgreSQL, runs the gstr1 job in a 512 MB heap and reports
# its wall time and peak heap beside PostgreSQL's own time for one GROUP BY over the same rows; see
# ops/bench/README.md ("GSTR-1"). Needs PostgreSQL at 127.0.0.1:5432 (as the tests).
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-1000000}"
./mvnw -B -q -pl batch-jobs -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=Gstr1Bench -Dfailsafe.failIfNoSpecifiedTests=false -Dlekha.bench.invoices="$N" \
  -DargLine="-Xmx512m -Dlekha.bench.invoices=$N"
cat batch-jobs/target/bench/gstr1.txt
