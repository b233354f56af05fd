#!/usr/bin/env bash
# Issue 7's load benchmark: the scorecard and district pages under 16 signed-in sessions against
# /actuator/health/liveness, in one run. Prints lines starting with [bench].
# Usage: bench/load.sh [seconds per URL set]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dtest=LoadBenchmark -Dbench=true -Dbench.seconds="${1:-20}" -Dsurefire.failIfNoSpecifiedTests=false \
  | grep '^\[bench\]'
