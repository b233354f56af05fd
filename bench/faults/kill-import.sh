#!/usr/bin/env bash
# Issue 7's kill -9 fault: the portal killed with SIGKILL in the middle of an import's merge, started again on the
# same data directory; nothing of the import is visible, and the same file then imports. Prints the timings
# (lines starting with [faults]) and the test's result; the two portals' logs stay in target/faults/.
# Usage: bench/faults/kill-import.sh [rows]   (default 300000; the portal runs on port 8094)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q test -Dtest=KilledImportTest -Dfaults=true -Dfaults.rows="${1:-300000}" -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E '^\[faults\]|Tests run|FAIL|expected'
