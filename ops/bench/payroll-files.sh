#!/usr/bin/env bash
# Writes every payroll file (ECR, ESIC upload, PT return, register, payslip PDFs in a ZIP) for N generated payslips
# (default 10000) in a 256 MB heap and reports each file's wall time and size and the peak heap; see
# ops/bench/README.md ("Payroll files").
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-10000}"
./mvnw -B -q -pl mappings -am verify -Dtest=PayrollFilesBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false -DargLine="-Xmx256m -Dlekha.bench.payslips=$N"
cat mappings/target/bench/payroll-files.txt
