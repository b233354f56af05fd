#!/usr/bin/env bash
# Issue 7's re-evaluation benchmark: a million enterprise-quarter rows imported, then every target of every plan
# evaluated again for every scope with targets. Prints lines starting with [bench].
# Usage: bench/evaluation.sh [rows]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dtest=EvaluationBenchmark -Dbench=true -Dbench.rows="${1:-1000000}" -Dsurefire.failIfNoSpecifiedTests=false \
  | grep '^\[bench\]'
