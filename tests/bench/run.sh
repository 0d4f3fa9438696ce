#!/usr/bin/env bash
# Pellucid benchmarks: each case runs ours and a reference peer side by side in the same run on
# the same files, and prints one line: case, our figure, the peer's figure, ratio (ours/peer;
# below 1.0 means faster than the peer). Figures are medians of PELLUCID_BENCH_RUNS runs (3).
#
#   tests/bench/run.sh BUILD_DIR [CASE...]
#       cases: import load jpegls store retrieve find viewer gui-start (default: all)
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
[ ${#CASES[@]} -gt 0 ] || CASES=(import load jpegls store retrieve find viewer gui-start)
export TCP_NODELAY=1 # fair to DCMTK peers (Nagle's algorithm otherwise)

mkdir -p "$DATA"
WORK=$(mktemp -d "$DATA/run.XXXXXX")
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2> /dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

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

json_number() { # FILE KEY: the first number under "KEY" in a JSON file
  grep -o -m1 "\"$2\": [-0-9.e]*" "$1" | awk 'NR == 1 {print $2}'
}

# 1000 slices of 512 x 512 CT: uncompressed, JPEG-LS and JPEG 2000 copies of the same series.
bench_load() {
  local dir
  dir=$(corpus series1000 1 1000 --compressed=jls,j2k)
  local raw="$dir/RAW/ST0001/SE01" jls="$dir/JLS/ST0001/SE01" j2k="$dir/J2K/ST0001/SE01"
  local files one t0 t1
  files=$(find "$raw" -type f | wc -l)
  one=$(find "$raw" -type f | sort | sed -n 1p)
  local load=() cat=() first=() single=() jlsOurs=() jlsPeer=() j2kOurs=() j2kPeer=() start=()
  # Process start-up of the peers' per-file tools, measured and taken off their times.
  t0=$(now); for _ in $(seq 20); do dcmdjpls --version > /dev/null; done; t1=$(now)
  local startup
  startup=$(awk -v a="$t0" -v b="$t1" 'BEGIN {print (b - a) / 20}')
  # opj_decompress reads raw codestreams: take them out of the DICOM files once.
  if [ ! -d "$dir/J2K-codestreams" ]; then
    mkdir -p "$dir/J2K-codestreams"
    /usr/bin/python3 - "$j2k" "$dir/J2K-codestreams" <<'PY'
import os, sys, pydicom
from pydicom.encaps import generate_pixel_data_frame
src, out = sys.argv[1:]
for name in sorted(os.listdir(src)):
    ds = pydicom.dcmread(os.path.join(src, name))
    frame = next(generate_pixel_data_frame(ds.PixelData))
    open(os.path.join(out, name + ".j2k"), "wb").write(frame)
PY
  fi
  local decoded=$WORK/decoded
  mkdir -p "$decoded"
  for ((r = 0; r < RUNS; r++)); do
    warm "$raw"; warm "$jls"; warm "$j2k"; warm "$dir/J2K-codestreams"
    "$CLI" load "$raw" --json > "$WORK/load.json"
    load+=("$(awk -v t="$(json_number "$WORK/load.json" totalMs)" 'BEGIN {print t / 1000}')")
    first+=("$(json_number "$WORK/load.json" firstImageMs)")
    "$CLI" load "$one" --json > "$WORK/one.json"
    single+=("$(json_number "$WORK/one.json" totalMs)")
    t0=$(now); find "$raw" -type f -print0 | xargs -0 cat > /dev/null; t1=$(now)
    cat+=("$(elapsed "$t0" "$t1")")
    "$CLI" load "$jls" --json > "$WORK/jls.json"
    jlsOurs+=("$(awk -v t="$(json_number "$WORK/jls.json" totalMs)" 'BEGIN {print t / 1000}')")
    t0=$(now)
    find "$jls" -type f | sort | while read -r f; do dcmdjpls "$f" "$decoded/out.dcm"; done
    t1=$(now)
    jlsPeer+=("$(awk -v a="$t0" -v b="$t1" -v n="$files" -v s="$startup" 'BEGIN {print b - a - n * s}')")
    "$CLI" load "$j2k" --json > "$WORK/j2k.json"
    j2kOurs+=("$(awk -v t="$(json_number "$WORK/j2k.json" totalMs)" 'BEGIN {print t / 1000}')")
    t0=$(now)
    # With -ImgDir, opj_decompress writes next to its inputs (single-threaded by default).
    opj_decompress -ImgDir "$dir/J2K-codestreams" -OutFor PGM -quiet > /dev/null 2>&1
    t1=$(now)
    find "$dir/J2K-codestreams" -name '*.p?m' -delete
    j2kPeer+=("$(elapsed "$t0" "$t1")")
    rm -f "$decoded"/*
  done
  local m
  m() { printf '%s\n' "$@" | median; }
  report "load $files x 512^2 CT, uncompressed" "$(m "${load[@]}")" "$(m "${cat[@]}")" s cat
  report "load $files x 512^2 CT, JPEG-LS" "$(m "${jlsOurs[@]}")" "$(m "${jlsPeer[@]}")" s dcmdjpls
  report "load $files x 512^2 CT, JPEG 2000" "$(m "${j2kOurs[@]}")" "$(m "${j2kPeer[@]}")" s opj_decomp
  report "first image of $files vs one file" "$(m "${first[@]}")" "$(m "${single[@]}")" ms one-file
  echo "  (memory: $(json_number "$WORK/load.json" peakResidentBytes) bytes peak for $(json_number "$WORK/load.json" rawBytes) raw voxel bytes;" \
       "dcmdjpls times exclude its start-up, ${startup}s a file)"
}

bench_jpegls() {
  # The decoder choice of issue 3: the system CharLS 2 (ours) vs DCMTK's bundled CharLS copy,
  # single-threaded, same frames in memory (no file I/O on either side).
  local dir line
  dir=$(corpus series1000 1 1000 --compressed=jls,j2k)
  line=$("$BUILD/tests/bench/bench_jpegls_decode" "$dir/JLS" --runs "$RUNS" 2> /dev/null)
  report "JPEG-LS decode, CharLS 2 vs DCMTK's" "$(awk '{print $5 / 1000}' <<< "$line")" \
    "$(awk '{print $8 / 1000}' <<< "$line")" s dcmtk-jls
}

# --- DICOM networking (issue 4) -----------------------------------------------------------

free_port() {
  /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
wait_for() { # SECONDS COMMAND...: poll until COMMAND succeeds
  local limit=$1; shift
  for ((i = 0; i < limit * 10; i++)); do "$@" > /dev/null 2>&1 && return 0; sleep 0.1; done
  echo "timed out waiting for: $*" >&2; return 1
}
stop_pid() { kill "$1" 2> /dev/null || true; wait "$1" 2> /dev/null || true; }

# Starts `pellucid-cli serve` over CACHE on PORT; sets SERVE_PID.
start_serve() { # CACHE PORT [options]
  local cache=$1 port=$2; shift 2
  "$CLI" --cache "$cache" serve --aet PELLUCID --port "$port" "$@" 2> "$WORK/serve.log" &
  SERVE_PID=$!; PIDS+=("$SERVE_PID")
  wait_for 30 grep -q "Listening as" "$WORK/serve.log"
}

# Starts Orthanc with its storage in DIR (kept between runs when DIR is under $DATA); sets
# ORTHANC_PID, ORTHANC_PORT, ORTHANC_HTTP. MODALITIES: JSON object body for DicomModalities.
start_orthanc() { # DIR [MODALITIES]
  local dir=$1 modalities=${2:-}
  ORTHANC_PORT=$(free_port); ORTHANC_HTTP=$(free_port)
  mkdir -p "$dir/storage" "$dir/index"
  cat > "$WORK/orthanc.json" <<JSON
{ "Name": "bench", "StorageDirectory": "$dir/storage", "IndexDirectory": "$dir/index",
  "DicomAet": "ORTHANC", "DicomPort": $ORTHANC_PORT, "HttpPort": $ORTHANC_HTTP,
  "RemoteAccessAllowed": false, "AuthenticationEnabled": false, "DicomCheckCalledAet": false,
  "DicomAlwaysAllowStore": true, "DicomAlwaysAllowFind": true, "DicomAlwaysAllowGet": true,
  "DicomAlwaysAllowMove": true, "Plugins": [], "DefaultEncoding": "Utf8",
  "StorageCompression": false, "LimitFindResults": 0, "LimitFindInstances": 0,
  "DicomModalities": { $modalities } }
JSON
  Orthanc "$WORK/orthanc.json" > "$WORK/orthanc.log" 2>&1 &
  ORTHANC_PID=$!; PIDS+=("$ORTHANC_PID")
  wait_for 60 curl -sf "http://127.0.0.1:$ORTHANC_HTTP/system"
}
orthanc_instances() {
  curl -sf "http://127.0.0.1:$ORTHANC_HTTP/statistics" | grep -o '"CountInstances" : [0-9]*' | grep -o '[0-9]*$'
}

# Storage SCP throughput: storescu sends the 1000-slice series to each receiver in turn.
bench_store() {
  local dir src files
  dir=$(corpus series1000 1 1000 --compressed=jls,j2k)
  src="$dir/RAW/ST0001/SE01"
  files=$(find "$src" -type f | wc -l)
  local ours=() scp=() orth=() t0 t1 port
  for ((r = 0; r < RUNS; r++)); do
    warm "$src"
    port=$(free_port); start_serve "$WORK/store-cache$r" "$port" --store-only
    t0=$(now); storescu -aec PELLUCID 127.0.0.1 "$port" +sd "$src"; t1=$(now)
    ours+=("$(elapsed "$t0" "$t1")"); stop_pid "$SERVE_PID"
    local stored
    stored=$("$CLI" --cache "$WORK/store-cache$r" list --level instance --json | grep -c '"SOPInstanceUID"')
    [ "$stored" -eq "$files" ] || { echo "serve kept $stored of $files" >&2; exit 1; }

    warm "$src"
    port=$(free_port); mkdir -p "$WORK/storescp$r"
    storescp -aet STORESCP -od "$WORK/storescp$r" +xa "$port" & local scp_pid=$!; PIDS+=("$scp_pid")
    wait_for 10 echoscu -aec STORESCP 127.0.0.1 "$port"
    t0=$(now); storescu -aec STORESCP 127.0.0.1 "$port" +sd "$src"; t1=$(now)
    scp+=("$(elapsed "$t0" "$t1")"); stop_pid "$scp_pid"

    warm "$src"
    start_orthanc "$WORK/orthanc-store$r"
    t0=$(now); storescu -aec ORTHANC 127.0.0.1 "$ORTHANC_PORT" +sd "$src"; t1=$(now)
    orth+=("$(elapsed "$t0" "$t1")")
    [ "$(orthanc_instances)" -eq "$files" ] || { echo "Orthanc kept $(orthanc_instances)" >&2; exit 1; }
    stop_pid "$ORTHANC_PID"
  done
  local o s h
  o=$(printf '%s\n' "${ours[@]}" | median); s=$(printf '%s\n' "${scp[@]}" | median)
  h=$(printf '%s\n' "${orth[@]}" | median)
  report "receive $files CT (storescu -> SCP)" "$o" "$s" s storescp
  report "receive $files CT (storescu -> SCP)" "$o" "$h" s Orthanc
  echo "  (time ratios: <= 1.11 is >= 0.9x storescp's throughput, <= 0.33 is >= 3x Orthanc's;" \
       "ours syncs every image to disk and indexes it before answering, storescp does neither)"
}

# Retrieve the 1000-slice study from Orthanc: our C-GET / C-MOVE vs getscu / movescu.
bench_retrieve() {
  local dir src study files
  dir=$(corpus series1000 1 1000 --compressed=jls,j2k)
  src="$dir/RAW/ST0001/SE01"
  files=$(find "$src" -type f | wc -l)
  study=$(awk -F'\t' 'NR == 2 {print $4}' "$dir/manifest.tsv")
  local ourPort movescuPort
  ourPort=$(free_port); movescuPort=$(free_port)
  start_orthanc "$DATA/orthanc-series1000" \
    "\"pellucid\": [\"PELLUCID\", \"127.0.0.1\", $ourPort], \"movescu\": [\"MOVESCU\", \"127.0.0.1\", $movescuPort]"
  if [ "$(orthanc_instances)" -ne "$files" ]; then
    echo "loading Orthanc with the series (once)..." >&2
    storescu -aec ORTHANC 127.0.0.1 "$ORTHANC_PORT" +sd "$src"
  fi
  local get=() getPeer=() move=() movePeer=() t0 t1
  for ((r = 0; r < RUNS; r++)); do
    t0=$(now)
    "$CLI" --cache "$WORK/get$r" retrieve "ORTHANC@127.0.0.1:$ORTHANC_PORT" --method get \
      --study "$study" --json > "$WORK/get.json"
    t1=$(now); get+=("$(elapsed "$t0" "$t1")")
    grep -q "\"completed\": $files" "$WORK/get.json" || { cat "$WORK/get.json" >&2; exit 1; }
    mkdir -p "$WORK/getscu$r"
    t0=$(now)
    getscu -S -aec ORTHANC -od "$WORK/getscu$r" -k QueryRetrieveLevel=STUDY \
      -k StudyInstanceUID="$study" 127.0.0.1 "$ORTHANC_PORT"
    t1=$(now); getPeer+=("$(elapsed "$t0" "$t1")")
    t0=$(now)
    "$CLI" --cache "$WORK/move$r" retrieve "ORTHANC@127.0.0.1:$ORTHANC_PORT" --method move \
      --port "$ourPort" --study "$study" --json > "$WORK/move.json"
    t1=$(now); move+=("$(elapsed "$t0" "$t1")")
    grep -q "\"completed\": $files" "$WORK/move.json" || { cat "$WORK/move.json" >&2; exit 1; }
    mkdir -p "$WORK/movescu$r"
    t0=$(now)
    movescu -S -aet MOVESCU -aem MOVESCU -aec ORTHANC --port "$movescuPort" -od "$WORK/movescu$r" \
      -k QueryRetrieveLevel=STUDY -k StudyInstanceUID="$study" 127.0.0.1 "$ORTHANC_PORT"
    t1=$(now); movePeer+=("$(elapsed "$t0" "$t1")")
  done
  stop_pid "$ORTHANC_PID"
  local m
  m() { printf '%s\n' "$@" | median; }
  report "retrieve $files CT from Orthanc, C-GET" "$(m "${get[@]}")" "$(m "${getPeer[@]}")" s getscu
  report "retrieve $files CT from Orthanc, C-MOVE" "$(m "${move[@]}")" "$(m "${movePeer[@]}")" s movescu
  echo "  (ours index every image into the cache and sync it; getscu/movescu only write files)"
}

# N one-image studies (PELLUCID_BENCH_STUDIES, 100 000) and a cache holding them, built once;
# sets STUDIES_SRC and STUDIES_CACHE.
studies_cache() {
  local n=$1
  local src=$DATA/studies$n
  if [ ! -f "$src/done" ]; then
    echo "generating $n one-image studies (once)..." >&2
    rm -rf "$src"; mkdir -p "$src"
    /usr/bin/python3 "$ROOT/tests/bench/make-studies.py" "$src" "$n"
    touch "$src/done"
  fi
  local cache=$DATA/find-cache$n
  if [ ! -f "$cache/done" ]; then
    echo "importing them into a cache (once)..." >&2
    rm -rf "$cache"
    # Exit code 2 is "some inputs rejected": the corpus's own "done" marker file.
    "$CLI" --cache "$cache" import "$src" --json > "$WORK/import-find.json" || [ $? -eq 2 ] ||
      { echo "import into the find cache failed:" >&2; head -c 2000 "$WORK/import-find.json" >&2; exit 1; }
    touch "$cache/done"
  fi
  STUDIES_SRC=$src
  STUDIES_CACHE=$cache
}

# C-FIND over 100 000 studies: our Q/R SCP (serve) vs Orthanc, findscu as the client of both.
bench_find() {
  local n=${PELLUCID_BENCH_STUDIES:-100000}
  studies_cache "$n"
  local src=$STUDIES_SRC cache=$STUDIES_CACHE
  start_orthanc "$DATA/orthanc-studies$n"
  if [ "$(orthanc_instances)" -lt "$n" ]; then
    echo "loading Orthanc with $n studies (once; slow)..." >&2
    find "$src" -name '*.dcm' -print0 | xargs -0 -n 2000 storescu -aec ORTHANC 127.0.0.1 "$ORTHANC_PORT"
  fi
  local port; port=$(free_port)
  start_serve "$cache" "$port"
  # Representative worklist-style queries at STUDY level.
  local queries=(
    "-k PatientName=SMITH* -k StudyDate -k StudyInstanceUID"
    "-k PatientID=PID0004242 -k StudyInstanceUID"
    "-k StudyDate=20200301-20200331 -k PatientName -k StudyInstanceUID"
    "-k AccessionNumber=ACC00077* -k StudyInstanceUID"
    "-k ModalitiesInStudy=MR -k StudyDate=20200101-20200107 -k StudyInstanceUID"
  )
  local ours=() peer=() t0 t1
  for ((r = 0; r < RUNS; r++)); do
    local o=0 p=0 q
    for q in "${queries[@]}"; do
      # shellcheck disable=SC2086
      t0=$(now); findscu -S -aec PELLUCID -k QueryRetrieveLevel=STUDY $q 127.0.0.1 "$port" 2> "$WORK/ours.txt"; t1=$(now)
      o=$(awk -v a="$o" -v b="$(elapsed "$t0" "$t1")" 'BEGIN {print a + b}')
      # shellcheck disable=SC2086
      t0=$(now); findscu -S -aec ORTHANC -k QueryRetrieveLevel=STUDY $q 127.0.0.1 "$ORTHANC_PORT" 2> "$WORK/peer.txt"; t1=$(now)
      p=$(awk -v a="$p" -v b="$(elapsed "$t0" "$t1")" 'BEGIN {print a + b}')
      if [ "$r" -eq 0 ]; then
        echo "  query '$q': ours $(grep -c 'Find Response' "$WORK/ours.txt" || true) answers," \
             "Orthanc $(grep -c 'Find Response' "$WORK/peer.txt" || true)"
      fi
    done
    ours+=("$o"); peer+=("$p")
  done
  stop_pid "$SERVE_PID"; stop_pid "$ORTHANC_PID"
  report "C-FIND x${#queries[@]} over $n studies" "$(printf '%s\n' "${ours[@]}" | median)" \
    "$(printf '%s\n' "${peer[@]}" | median)" s Orthanc
}

bench_viewer() {
  # A 1000-slice 512x512 CT phantom, scrolled in a 1024x1024 viewport under the display (xvfb-run
  # when there is none), and its first image against a one-file series.
  local dir=$DATA/viewer1000
  if [ ! -f "$dir/IM1000" ]; then
    echo "generating the 1000-slice phantom (once)..." >&2
    rm -rf "$dir"
    "$CLI" demo --slices 1000 --size 512 --out "$dir" > /dev/null
  fi
  warm "$dir"
  local run=()
  [ -n "${DISPLAY:-}" ] || run=(xvfb-run -a -s "-screen 0 1920x1200x24")
  "${run[@]}" "$BUILD/tests/bench/bench_viewer" "$dir" --runs "$RUNS" 2> "$WORK/viewer.err" ||
    { cat "$WORK/viewer.err" >&2; exit 1; }
}

# GUI start-up until the first page of studies is painted (pellucid --quit-when-ready under
# Xvfb): a 100 000-study cache against an empty one; the list is paged, so the ratio stays near 1.
bench_gui_start() {
  local n=${PELLUCID_BENCH_STUDIES:-100000}
  studies_cache "$n"
  local empty=$WORK/empty-cache
  local gui=$BUILD/app/pellucid ours=() peer=() t0 t1
  # Warm: the index in the page cache, as after any earlier use of the workstation.
  cat "$STUDIES_CACHE"/index.sqlite* > /dev/null
  for ((r = 0; r < RUNS; r++)); do
    t0=$(now)
    xvfb-run -a -s "-screen 0 1920x1080x24" "$gui" --cache "$STUDIES_CACHE" --no-storage --no-demo \
      --quit-when-ready > "$WORK/gui-full.txt" 2> /dev/null
    t1=$(now); ours+=("$(elapsed "$t0" "$t1")")
    t0=$(now)
    xvfb-run -a -s "-screen 0 1920x1080x24" "$gui" --cache "$empty" --no-storage --no-demo \
      --quit-when-ready > "$WORK/gui-empty.txt" 2> /dev/null
    t1=$(now); peer+=("$(elapsed "$t0" "$t1")")
  done
  echo "  $n studies: $(cat "$WORK/gui-full.txt"); empty: $(cat "$WORK/gui-empty.txt")"
  report "GUI start to first page, $n studies" "$(printf '%s\n' "${ours[@]}" | median)" \
    "$(printf '%s\n' "${peer[@]}" | median)" s empty
}

echo "Pellucid benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $RUNS runs each (median)"
for c in "${CASES[@]}"; do
  case $c in
    import) bench_import ;;
    load) bench_load ;;
    jpegls) bench_jpegls ;;
    store) bench_store ;;
    retrieve) bench_retrieve ;;
    find) bench_find ;;
    viewer) bench_viewer ;;
    gui-start) bench_gui_start ;;
    *) echo "unknown case $c" >&2; exit 1 ;;
  esac
done
