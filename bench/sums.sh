#!/usr/bin/env bash
# One change at the demo size and after the figures grew (issue 16): a form save, a one-row import, an enterprise
# moved — the ratio large/small should stay under 2 — the enterprise lists warm, and the derived sums read while a
# million-row import runs. Prints lines starting with [bench]. Usage: bench/sums.sh [sizes]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test -Dtest=SumsBenchmark -Dbench=true -Dbench.sizes="${1:-1000000}" -Dsurefire.failIfNoSpecifiedTests=false \
  2>&1 | tee target/bench-sums.log | grep --line-buffered '^\[bench\]' \
  || { echo "[bench] sums: the run failed; see target/bench-sums.log and target/surefire-reports/" >&2; exit 1; }
