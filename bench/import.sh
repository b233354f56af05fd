#!/usr/bin/env bash
# Issue 5's import benchmark: a million enterprise-quarter rows through the import centre (preview + commit)
# against a plain PostgreSQL COPY of the same rows, in one run. Prints lines starting with [bench].
# Usage: bench/import.sh [rows]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dtest=ImportBenchmark -Dbench=true -Dbench.rows="${1:-1000000}" -Dsurefire.failIfNoSpecifiedTests=false \
  | grep '^\[bench\]'
