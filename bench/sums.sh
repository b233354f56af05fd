#!/usr/bin/env bash
# One change at the demo size and after the figures grew (issue 16): a form save, a one-row import, an enterprise
# moved — the ratio large/small should stay under 2 — the enterprise lists warm, and the derived sums read while a
# million-row import runs. Prints lines starting with [bench]. Usage: bench/sums.sh [sizes]   (default 1000000)
# BENCH_KEEP=<dir> keeps the database in <dir> between runs (grown once, measured again after a change) and skips
# the import beside the reads, which would grow it further.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
keep=()
if [[ -n "${BENCH_KEEP:-}" ]]; then
  keep=(-Dportal.embedded-database.data-directory="$BENCH_KEEP" -Dportal.embedded-database.clean=false
        -Dbench.during-import=false)
fi
./mvnw -q -o test -Dtest=SumsBenchmark -Dbench=true -Dbench.sizes="${1:-1000000}" -Dsurefire.failIfNoSpecifiedTests=false \
  "${keep[@]}" 2>&1 | tee target/bench-sums.log | grep --line-buffered '^\[bench\]' \
  || { echo "[bench] sums: the run failed; see target/bench-sums.log and target/surefire-reports/" >&2; exit 1; }
