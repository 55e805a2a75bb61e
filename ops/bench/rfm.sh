#!/usr/bin/env bash
# Loads ORDERS orders (default 10000000) for CUSTOMERS customers (default 1000000) into PostgreSQL, runs the rfm
# job and reports its wall time and peak heap beside PostgreSQL's own time for the same scores in one NTILE
# statement, the ratio, and the count of customers on which they disagree; see ops/bench/README.md ("RFM").
# Non-interactive; settings by environment:
#   ORDERS, CUSTOMERS   data size (or ORDERS as the first argument)
#   HEAP                the JVM's -Xmx (default 1g)
#   LEKHA_TEST_DB_URL, LEKHA_TEST_DB_USER, LEKHA_TEST_DB_PASSWORD
#                       the PostgreSQL server (default jdbc:postgresql://127.0.0.1:5432/test, postgres, no
#                       password); the run uses its own schema there, dropped and recreated
# The report is also written to batch-jobs/target/bench/rfm.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
ORDERS="${1:-${ORDERS:-10000000}}"
CUSTOMERS="${CUSTOMERS:-1000000}"
HEAP="${HEAP:-1g}"
export CI=true
./mvnw -B -q -pl batch-jobs -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=RfmBench -Dfailsafe.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx$HEAP -Dlekha.bench.orders=$ORDERS -Dlekha.bench.customers=$CUSTOMERS"
cat batch-jobs/target/bench/rfm.txt
