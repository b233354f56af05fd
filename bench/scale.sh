#!/usr/bin/env bash
# Figures for docs/scaling.md: registry.enterprise_figure at 1M and 5M rows (10M on request) — disk, the pages'
# aggregation queries (EXPLAIN ANALYZE and through the APIs) and the import of a million more rows at each size.
# Prints lines starting with [bench]. Usage: bench/scale.sh [sizes] [plans]
#   sizes: comma-separated row counts (default 1000000,5000000; 1000000,5000000,10000000 takes ~25 min here)
#   plans: "plans" prints every plan in full.
# About 10 minutes on 2 cores; the database (~650 MB at 5M rows, ~1.3 GB at 10M) is under target/embedded-postgres-test/.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test -Dtest=ScaleBenchmark -Dbench=true -Dbench.sizes="${1:-1000000,5000000}" \
  -Dbench.plans="$([[ "${2:-}" == plans ]] && echo true || echo false)" -Dsurefire.failIfNoSpecifiedTests=false \
  2>&1 | tee target/bench-scale.log | grep --line-buffered '^\[bench\]' \
  || { echo "[bench] scale: the run failed; see target/bench-scale.log and target/surefire-reports/" >&2; exit 1; }
