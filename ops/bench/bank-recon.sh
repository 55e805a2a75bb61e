#!/usr/bin/env bash
# Generates a June of N sales invoices (default 1000000) with bills, Razorpay settlements and a bank statement
# with known truth into PostgreSQL, runs the bank-recon job in a 1 GB heap (HEAP=4g to change) and reports its wall time, peak heap,
# auto-match rate and precision against the truth; see docs/reconciliation.md ("Benchmark"). Needs PostgreSQL at
# 127.0.0.1:5432 (as the tests).
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-1000000}"
HEAP="${HEAP:-1g}"   # the candidate index grows with the open items: about 1.3 GB per million
./mvnw -B -q -pl batch-jobs -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=BankReconBench -Dfailsafe.failIfNoSpecifiedTests=false -Dlekha.bench.invoices="$N" \
  -DargLine="-Xmx$HEAP -Dlekha.bench.invoices=$N"
cat batch-jobs/target/bench/bank-recon.txt
