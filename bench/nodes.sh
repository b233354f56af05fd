#!/usr/bin/env bash
# Issue 20's benchmark: scorecard requests per second through two portal nodes (round robin) against one node
# (sessions in PostgreSQL; and one node with in-memory sessions), then the time from a change committed on node A
# to node B seeing it, over 100 changes. All nodes in one JVM on one embedded PostgreSQL. Prints lines starting
# with [bench].
# Usage: bench/nodes.sh [seconds per measurement]   (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dtest=NodesBenchmark -Dbench=true -Dbench.seconds="${1:-15}" -Dsurefire.failIfNoSpecifiedTests=false \
  | grep '^\[bench\]'
