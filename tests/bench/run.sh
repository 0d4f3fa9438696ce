#!/usr/bin/env bash
# Pellucid benchmarks: each case runs ours and a reference peer side by side in the same run on
# the same files, and prints one line: case, our figure, the peer's figure, ratio (ours/peer;
# below 1.0 means faster than the peer). Figures are medians of PELLUCID_BENCH_RUNS runs (3).
#
#   tests/bench/run.sh BUILD_DIR [CASE...]       cases: import (default: all)
#
# Data: a synthetic corpus from tests/tools/make-corpus.sh, generated once into
# $PELLUCID_BENCH_DATA (default BUILD_DIR/bench-data) and reused.
set -euo pipefail

BUILD=${1:?usage: run.sh BUILD_DIR [CASE...]}
shift
BUILD=$(cd "$BUILD" && pwd)
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DATA=${PELLUCID_BENCH_DATA:-$BUILD/bench-data}
RUNS=${PELLUCID_BENCH_RUNS:-3}
CLI=$BUILD/app/pellucid-cli
CASES=("$@")
[ ${#CASES[@]} -gt 0 ] || CASES=(import)
export TCP_NODELAY=1 # fair to DCMTK peers (Nagle's algorithm otherwise)

mkdir -p "$DATA"
WORK=$(mktemp -d "$DATA/run.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {print b - a}'; }
warm() { find "$1" -type f -print0 | xargs -0 cat > /dev/null; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
report() { # case ours peer unit peer-name
  awk -v c="$1" -v o="$2" -v p="$3" -v u="$4" -v n="$5" \
    'BEGIN {printf "%-34s ours %8.3f %s   %-10s %8.3f %s   ratio %.2f\n", c, o, u, n, p, u, o / p}'
}

corpus() { # NAME STUDIES SLICES [make-corpus options]: prints the corpus folder
  local name=$1; shift
  local dir=$DATA/$name
  if [ ! -f "$dir/manifest.tsv" ]; then
    echo "generating corpus $name (once)..." >&2
    rm -rf "$dir"
    "$ROOT/tests/tools/make-corpus.sh" "$dir" "$@" --no-dicomdir >&2
  fi
  echo "$dir"
}

bench_import() {
  local dir files
  dir=$(corpus corpus10k 100 100)
  files=$(find "$dir/RAW" -type f | wc -l)
  local ours=() peer=() copy=() t0 t1
  for ((r = 0; r < RUNS; r++)); do
    # Same starting point for every run: the source files in the page cache.
    warm "$dir/RAW"
    t0=$(now)
    "$CLI" --cache "$WORK/cache$r" import "$dir/RAW" --json > "$WORK/import.json"
    t1=$(now)
    grep -q "\"imported\": $files" "$WORK/import.json" ||
      { echo "import did not take all $files files" >&2; cat "$WORK/import.json" >&2; exit 1; }
    ours+=("$(elapsed "$t0" "$t1")")
    warm "$dir/RAW"
    t0=$(now)
    (cd "$dir/RAW" && dcmmkdir -q +r +id . +D "$WORK/DICOMDIR$r")
    t1=$(now)
    peer+=("$(elapsed "$t0" "$t1")")
    # The floor for any durable copy on this disk: cp -r and sync.
    warm "$dir/RAW"
    t0=$(now)
    cp -r "$dir/RAW" "$WORK/copy$r" && sync
    t1=$(now)
    copy+=("$(elapsed "$t0" "$t1")")
    # Caches are deleted at the end, not between runs: ext4 scans past recently deleted
    # inodes when allocating new ones, which would slow the next run for minutes.
  done
  local o p c
  o=$(printf '%s\n' "${ours[@]}" | median)
  p=$(printf '%s\n' "${peer[@]}" | median)
  c=$(printf '%s\n' "${copy[@]}" | median)
  report "import $files CT files (5 GB)" "$o" "$p" s dcmmkdir
  report "import $files CT files (5 GB)" "$o" "$c" s "cp+sync"
  # The same folder again: every header read and looked up, nothing to copy. This is the part
  # of an import that compares with dcmmkdir's scan; the rest is the durable copy above.
  local again=()
  for ((r = 0; r < RUNS; r++)); do
    warm "$dir/RAW"
    t0=$(now)
    "$CLI" --cache "$WORK/cache0" import "$dir/RAW" --json > "$WORK/again.json"
    t1=$(now)
    grep -q "\"duplicates\": $files" "$WORK/again.json" || { cat "$WORK/again.json" >&2; exit 1; }
    again+=("$(elapsed "$t0" "$t1")")
  done
  report "re-import $files (all duplicates)" "$(printf '%s\n' "${again[@]}" | median)" "$p" s dcmmkdir
}

echo "Pellucid benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $RUNS runs each (median)"
for c in "${CASES[@]}"; do
  case $c in
    import) bench_import ;;
    *) echo "unknown case $c" >&2; exit 1 ;;
  esac
done
