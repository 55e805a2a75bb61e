#!/usr/bin/env bash
# Generates EMPLOYEES employees (default 10000) with salary structures and attendance in PostgreSQL, runs the payroll
# job for December 2026 with every file (register, payslip PDFs in a ZIP, bank salary file, ECR, ESIC upload, PT
# returns) and reports the job's wall time, each step's time, the peak heap and what the files hold; see
# ops/bench/README.md ("Payroll").
# Non-interactive; settings by environment:
#   EMPLOYEES           number of employees (or as the first argument)
#   HEAP                the JVM's -Xmx (default 512m)
#   LEKHA_TEST_DB_URL, LEKHA_TEST_DB_USER, LEKHA_TEST_DB_PASSWORD
#                       the PostgreSQL server (default jdbc:postgresql://127.0.0.1:5432/test, postgres, no
#                       password); the run uses its own schema there, dropped and recreated
# The report is also written to batch-jobs/target/bench/payroll.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
EMPLOYEES="${1:-${EMPLOYEES:-10000}}"
HEAP="${HEAP:-512m}"
export CI=true
./mvnw -B -q -o -pl batch-jobs -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=PayrollBench -Dfailsafe.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx$HEAP -Dlekha.bench.employees=$EMPLOYEES"
cat batch-jobs/target/bench/payroll.txt
