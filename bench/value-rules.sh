#!/usr/bin/env bash
# Issue 14: what the report validation rules cost a values import's dry run, the same file with every rule on and
# off. Prints lines starting with [bench].
# Usage: bench/value-rules.sh [rows]   (default 50000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q test -Dtest=ValueRulesBenchmark -Dbench=true -Dbench.rows="${1:-50000}" -Dsurefire.failIfNoSpecifiedTests=false \
  | grep '^\[bench\]'
