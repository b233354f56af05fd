#!/usr/bin/env bash
# Issue 7: an XLSX import of 100,000 and of 1,000,000 enterprise-quarter rows, each in its own JVM with the same
# fixed heap, and the live heap each needed. Prints lines starting with [bench].
# Issue 19: `huge-cell` instead runs the dry run of a workbook whose one cell has 250 million characters, refused
# with the live heap flat.
# Usage: bench/xlsx-import.sh [heap] [strings]   (defaults: 256m inline; strings: inline | shared | both | huge-cell)
set -euo pipefail
cd "$(dirname "$0")/.."
HEAP="${1:-256m}"
STRINGS="${2:-inline}"
[[ "$STRINGS" == both ]] && STRINGS="inline shared"
./mvnw -q -o test-compile
if [[ "$STRINGS" == huge-cell ]]; then
  gclog="$PWD/target/xlsx-gc-huge-cell.log"
  ./mvnw -q -o surefire:test -Dtest='XlsxImportBenchmark#hugeCellIsRefusedWithinAFixedHeap' -Dbench=true \
    -DargLine="-Xmx$HEAP -Xlog:gc:file=$gclog" -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
    | tee target/xlsx-import-huge-cell.log | grep --line-buffered '^\[bench\]' \
    || echo "[bench] xlsx: the huge-cell run failed; see target/xlsx-import-huge-cell.log"
  awk '/Pause Full \(System.gc\(\)\)/ && match($0, /->[0-9]+M/) {
         v = substr($0, RSTART + 2, RLENGTH - 3) + 0; if (v > max) max = v; n++ }
       END { printf "[bench] xlsx: -Xlog:gc: %d forced full GCs in the run, the most one left: %d MB\n", n, max }' "$gclog"
  exit 0
fi
results=$(mktemp)
for strings in $STRINGS; do
  for rows in 100000 1000000; do
    gclog="$PWD/target/xlsx-gc-$strings-$rows.log"
    ./mvnw -q -o surefire:test -Dtest=XlsxImportBenchmark -Dbench=true -Dbench.rows="$rows" -Dbench.strings="$strings" \
      -DargLine="-Xmx$HEAP -Xlog:gc:file=$gclog" -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
      | tee "target/xlsx-import-$strings-$rows.log" | grep --line-buffered '^\[bench\]' | tee -a "$results" \
      | grep --line-buffered -v 'xlsx-result' \
      || echo "[bench] xlsx: the $rows-row run failed; see target/xlsx-import-$strings-$rows.log"
    # a second witness, the JVM's own log: what each forced full GC left (the run's before and after included)
    awk '/Pause Full \(System.gc\(\)\)/ && match($0, /->[0-9]+M/) {
           v = substr($0, RSTART + 2, RLENGTH - 3) + 0; if (v > max) max = v; n++ }
         END { printf "[bench] xlsx: -Xlog:gc: %d forced full GCs in the run, the most one left: %d MB\n", n, max }' "$gclog"
  done
done
# the ratio of the 1,000,000-row peak to the 100,000-row peak, per kind of strings
grep 'xlsx-result' "$results" | sed 's/.*xlsx-result //' | awk -v heap="$HEAP" '
  { for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
    live[f["strings"], f["rows"]] = f["peakLiveMb"]; growth[f["strings"], f["rows"]] = f["growthMb"]
    took[f["strings"], f["rows"]] = f["seconds"]; kinds[f["strings"]] = 1 }
  END { for (s in kinds) {
    small = live[s, 99996]; large = live[s, 999996]
    if (small == "" || large == "") { printf "[bench] %s strings: a run did not finish (heap %s)\n", s, heap; continue }
    printf "[bench] RESULT %s strings, -Xmx%s: 100k rows %.1f s, peak live heap %.1f MB (+%.1f); 1M rows %.1f s, peak live heap %.1f MB (+%.1f); RATIO 1M/100k peak = %.2f (goal ~1)\n",
      s, heap, took[s, 99996], small, growth[s, 99996], took[s, 999996], large, growth[s, 999996], large / small } }'
rm -f "$results"
