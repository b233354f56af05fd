#!/usr/bin/env bash
# Issue 13's page weight: what a browser transfers for a first and the next pages, against what the same pages
# cost uncached and uncompressed, in one run. Prints lines starting with [bench].
# Usage: bench/page-weight.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dtest=PageWeightBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false | grep '^\[bench\]'
