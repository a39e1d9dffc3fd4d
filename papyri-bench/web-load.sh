#!/usr/bin/env bash
# Load benchmark of the sample web app (`papyri serve`) with wrk: a paper page with a cached
# summary (HTML) and the summary endpoint of the JSON API, 120 s each, heap sampled every 10 s.
#
#   mvn -B -ntp package -DskipTests                       # once: builds papyri-examples/target/papyri-cli.jar
#   papyri-bench/web-load.sh [JAR] [PDF]
#
# JAR defaults to papyri-examples/target/papyri-cli.jar, PDF to ../shared/corpus/pdfs/1706.03762.pdf
# (from the repository's root).
# Environment: PORT (default 7391), DURATION (default 120s), WARMUP (default 20s), THREADS (2),
# CONNECTIONS (32), OUT (directory for logs and results; default a new temporary directory).
# Needs wrk (Debian: apt-get install -y wrk), curl and a JDK (java, jcmd, jstat).
# Builds nothing; the server runs as shipped, access log on (one JSON line per request, to a file).
set -euo pipefail

# arguments are relative to the caller's directory, defaults to the repository's root
absolute() { case "$1" in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
JAR=${1:+$(absolute "$1")}
PDF=${2:+$(absolute "$2")}
cd "$(dirname "$0")/.."
JAR=${JAR:-papyri-examples/target/papyri-cli.jar}
PDF=${PDF:-../shared/corpus/pdfs/1706.03762.pdf}
PORT=${PORT:-7391}
DURATION=${DURATION:-120s}
WARMUP=${WARMUP:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}

if [[ ! -f "$JAR" ]]; then
    echo "No jar at $JAR: build it first with 'mvn -B -ntp package -DskipTests' (or give its path)." >&2
    exit 2
fi
if [[ ! -f "$PDF" ]]; then
    echo "No paper at $PDF: skipping the web load benchmark (give a PDF as second argument)." >&2
    exit 0
fi
for tool in wrk curl java jcmd jstat; do
    if ! command -v "$tool" >/dev/null; then
        echo "$tool is missing; install it (wrk: apt-get install -y wrk) and run again." >&2
        exit 2
    fi
done

OUT=${OUT:-$(mktemp -d /tmp/papyri-web-load.XXXXXX)}
mkdir -p "$OUT"
export PAPYRI_STORE_DIR="$OUT/store"
mkdir -p "$PAPYRI_STORE_DIR"
BASE="http://127.0.0.1:$PORT"
echo "results, logs and store in $OUT"

SERVER_PID=""
stop_server() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
    fi
}
trap stop_server EXIT

echo "== reading $PDF into the store"
java -jar "$JAR" summarize "$PDF" > "$OUT/summarize.txt" 2> "$OUT/summarize.err"

echo "== starting the server on $BASE (access log: $OUT/access.log)"
java -Xmx512m -jar "$JAR" serve --port "$PORT" > "$OUT/access.log" 2> "$OUT/server.err" &
SERVER_PID=$!
for _ in $(seq 1 120); do
    if curl -fsS "$BASE/health/ready" > /dev/null 2>&1; then
        break
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "the server stopped; see $OUT/server.err" >&2
        exit 1
    fi
    sleep 0.5
done
curl -fsS "$BASE/health/ready" > /dev/null

ID=$(curl -fsS "$BASE/api/library" | grep -o '"id" *: *"[^"]*"' | head -1 | sed 's/.*: *"\(.*\)"/\1/')
if [[ -z "$ID" ]]; then
    echo "the library is empty after reading $PDF; see $OUT/summarize.err" >&2
    exit 1
fi
# ids such as local:abc or arxiv:1706.03762 go in the path as they are
PAGE="$BASE/papers/$ID"
API="$BASE/api/papers/$ID/summary?style=abstract"
echo "paper $ID"

echo "== warm-up: first summary (index, model), then $WARMUP of wrk on each URL"
curl -fsS -o /dev/null -w "first page: %{http_code} in %{time_total} s\n" "$PAGE"
curl -fsS -o /dev/null -w "first API summary: %{http_code} in %{time_total} s\n" "$API"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$PAGE" > "$OUT/warmup-page.txt"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$API" > "$OUT/warmup-api.txt"

# one load run: wrk on URL while jstat samples the heap every 10 s; GC.heap_info before and after
run() {
    local name=$1 url=$2
    echo "== $name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $url"
    jcmd "$SERVER_PID" GC.run > /dev/null
    jcmd "$SERVER_PID" GC.heap_info > "$OUT/$name-heap-start.txt"
    cut -d' ' -f1-3 /proc/loadavg > "$OUT/$name-load-start.txt"
    cpu_ticks > "$OUT/$name-cpu-start.txt"
    jstat -gc -t "$SERVER_PID" 10s > "$OUT/$name-jstat.txt" &
    local jstat_pid=$!
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" > "$OUT/$name-wrk.txt"
    cpu_ticks > "$OUT/$name-cpu-end.txt"
    cut -d' ' -f1-3 /proc/loadavg > "$OUT/$name-load-end.txt"
    kill "$jstat_pid" 2>/dev/null || true
    wait "$jstat_pid" 2>/dev/null || true
    jcmd "$SERVER_PID" GC.heap_info > "$OUT/$name-heap-end-before-gc.txt"
    jcmd "$SERVER_PID" GC.run > /dev/null
    jcmd "$SERVER_PID" GC.heap_info > "$OUT/$name-heap-end.txt"
    cat "$OUT/$name-wrk.txt"
    summarize_run "$name"
}

# user + system CPU time of the server so far, in clock ticks (fields 14 and 15 of /proc/PID/stat)
cpu_ticks() { sed 's/.*) //' "/proc/$SERVER_PID/stat" | awk '{print $12 + $13}'; }

used_kb() { grep -o 'used [0-9]*K' "$1" | head -1 | tr -dc 0-9; }

summarize_run() {
    local name=$1 w="$OUT/$1-wrk.txt"
    local rps p50 p99 non2xx sock old_first old_last requests cpu_ms
    rps=$(awk '/^Requests\/sec/ {print $2}' "$w")
    p50=$(awk '$1 == "50%" {print $2}' "$w")
    p99=$(awk '$1 == "99%" {print $2}' "$w")
    non2xx=$(awk '/Non-2xx or 3xx/ {print $NF}' "$w")
    sock=$(grep 'Socket errors' "$w" || true)
    # jstat -gc -t: column 9 (OU) is old gen used in KB; first and last sample of the run
    requests=$(awk '/requests in/ {print $1}' "$w")
    # server CPU per request: independent of how much of the 2 cores wrk and other processes take
    cpu_ms=$(awk -v a="$(cat "$OUT/$name-cpu-start.txt")" -v b="$(cat "$OUT/$name-cpu-end.txt")" \
        -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN {printf "%.2f", (b - a) * 1000 / hz / n}')
    old_first=$(awk 'NR == 2 {print $9}' "$OUT/$name-jstat.txt")
    old_last=$(awk 'NR > 1 && NF > 9 {v = $9} END {print v}' "$OUT/$name-jstat.txt")
    {
        echo "$name: ${rps} requests/s, p50 ${p50}, p99 ${p99}, non-2xx ${non2xx:-0}, ${sock:-no socket errors}"
        echo "$name: $requests requests; server CPU ${cpu_ms} ms per request; load average" \
             "$(cat "$OUT/$name-load-start.txt") at start, $(cat "$OUT/$name-load-end.txt") at end"
        echo "$name: heap used after full GC: start $(used_kb "$OUT/$name-heap-start.txt") KB," \
             "end $(used_kb "$OUT/$name-heap-end.txt") KB; old gen (jstat OU) first sample ${old_first} KB," \
             "last ${old_last} KB"
    } | tee -a "$OUT/summary.txt"
}

run page "$PAGE"
run api "$API"

echo "== access log: $(wc -l < "$OUT/access.log") lines; status counts:"
grep -o '"status":[0-9]*' "$OUT/access.log" | sort | uniq -c
stop_server
echo "== summary ($OUT/summary.txt)"
cat "$OUT/summary.txt"
