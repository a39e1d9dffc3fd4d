#!/usr/bin/env bash
# Side by side, on the same PDFs in one run: Papyri's extract+clean, poppler's pdftotext and
# pdfminer.six's pdf2txt. Prints a Markdown table of pages/s, then checks that the longest paper
# goes through with a 256 MiB heap.
#
# usage: papyri-bench/scripts/compare-extractors.sh [CORPUS_DIR]
#   CORPUS_DIR holds manifest.json and pdfs/ (default: ../shared/corpus beside the repository)
# needs: java 17, Debian packages poppler-utils and python3-pdfminer, a built papyri-bench
#   (mvn -B -DskipTests -pl papyri-bench -am package)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
corpus=${1:-$repo/../shared/corpus}
jar=$repo/papyri-bench/target/benchmarks.jar
pdf2txt=${PDF2TXT:-/usr/bin/pdf2txt}

[ -f "$corpus/manifest.json" ] || { echo "no manifest.json in $corpus" >&2; exit 2; }
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests -pl papyri-bench -am package" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "install poppler-utils (apt-get install poppler-utils)" >&2; exit 2; }
[ -x "$pdf2txt" ] || { echo "install python3-pdfminer (apt-get install python3-pdfminer)" >&2; exit 2; }

# text-layer papers and their page total, from the manifest
mapfile -t files < <(python3 -c '
import json, sys
for p in json.load(open(sys.argv[1] + "/manifest.json")):
    if not p["scanned"]:
        print(sys.argv[1] + "/pdfs/" + p["file"])' "$corpus")
pages=$(python3 -c '
import json, sys
print(sum(p["pages"] for p in json.load(open(sys.argv[1] + "/manifest.json")) if not p["scanned"]))' "$corpus")

now() { date +%s.%N; }
rate() { python3 -c "import sys; p, s = float(sys.argv[1]), float(sys.argv[2]); print(f'{s:.2f} s | {p / s:.1f}')" "$1" "$2"; }

echo "corpus: ${#files[@]} text-layer PDFs, $pages pages; $(nproc) cores; $(java -version 2>&1 | head -1)" >&2

start=$(now)
for f in "${files[@]}"; do pdftotext -q "$f" /dev/null; done
poppler=$(python3 -c "print($(now) - $start)")

start=$(now)
for f in "${files[@]}"; do "$pdf2txt" "$f" > /dev/null 2>&1; done
pdfminer=$(python3 -c "print($(now) - $start)")

# one JVM, three passes: the whole run's wall time counts JVM start and warm-up (like the others'
# process-per-file runs); pass 3 shows the warm rate a long-running service gets
start=$(now)
papyri_out=$(java -Xmx1g -Dai.djl.offline=true -cp "$jar" io.papyri.bench.CorpusThroughput --passes 3 "${files[@]}")
papyri_total=$(python3 -c "print($(now) - $start)")
echo "$papyri_out" >&2
second=$(echo "$papyri_out" | awk '/^pass 2:/ {print $(NF-3)}')
warm=$(echo "$papyri_out" | awk '/^pass 3:/ {print $(NF-3)}')

echo
echo "| tool | what it builds | time | pages/s |"
echo "|---|---|---|---|"
echo "| poppler pdftotext (process per file) | plain text | $(rate "$pages" "$poppler") |"
echo "| pdfminer.six pdf2txt (process per file) | plain text | $(rate "$pages" "$pdfminer") |"
echo "| Papyri extract+clean, first pass incl. JVM start | structured paper | $(rate "$pages" "$(python3 -c "print($papyri_total - $second - $warm)")") |"
echo "| Papyri extract+clean, warm (pass 3) | structured paper | $(rate "$pages" "$warm") |"

long=$(python3 -c '
import json, sys
m = [p for p in json.load(open(sys.argv[1] + "/manifest.json")) if not p["scanned"]]
print(sys.argv[1] + "/pdfs/" + max(m, key=lambda p: p["pages"])["file"])' "$corpus")
if java -Xmx256m -Dai.djl.offline=true -cp "$jar" io.papyri.bench.CorpusThroughput "$long" >&2; then
  echo
  echo "$(basename "$long") went through with -Xmx256m."
else
  echo
  echo "$(basename "$long") FAILED with -Xmx256m." ; exit 1
fi
