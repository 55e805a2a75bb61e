#!/usr/bin/env bash
# Pushes N invoices (default 10000) through lekha.invoices.in into the sandbox IRP and reports
# invoices/s and peak heap; see ops/bench/README.md. Needs PostgreSQL at 127.0.0.1:5432 (as the tests).
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-10000}"
./mvnw -B -q -pl hub -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=EinvoiceThroughputBench -Dfailsafe.failIfNoSpecifiedTests=false -Dlekha.bench.invoices="$N" \
  -DargLine="-Xmx1g -Dlekha.bench.invoices=$N"
cat hub/target/bench/einvoice-throughput.txt
