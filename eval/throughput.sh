#!/usr/bin/env bash
# Throughput benchmark: Stanford CoreNLP's own command line against the project, on the same texts, in one run.
#
# Usage: eval/throughput.sh CORPUS_DIR [SIZES...]        (default sizes: 50 and every document)
#   CORPUS_DIR  a folder of *.txt articles (e.g. ../shared/data/polnear-train-text; never copied here)
#   SIZES       corpus sizes for the memory curve (the first N files in name order)
# Environment: PIPELINE (default: default), THREADS (default: the number of cores), HEAP (default: 4g),
#              SKIP (space-separated runs to leave out: corenlp project-1 project-2 project spark sizes)
#
# Runs, each in a fresh JVM, under /usr/bin/time:
#   corenlp     CoreNLP's CLI: tokenize,ssplit,pos,lemma,ner with the CoNLL-2003 4-class CRF, -threads THREADS
#   project-1   ./corpus annotate --threads 1        (the whole pipeline: every layer, XMI, CoNLL, manifest)
#   project-2   ./corpus annotate --threads 2
#   project     ./corpus annotate --threads THREADS  (the default: every core)
#   spark       ./corpus spark --master local[2]
#   sizes       ./corpus annotate --threads THREADS on the first N documents, for each N of SIZES
# and prints wall seconds, CPU seconds (user + sys: the figure that stays meaningful on a busy machine),
# documents/s, tokens/s (the project's tokens, from its manifest, for every row) and peak RSS, then the
# ratio of the project's wall time to CoreNLP's. Every time includes JVM start and model loading.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -lt 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 CORPUS_DIR [SIZES...]" >&2
  exit 2
fi
corpus="$(cd "$1" && pwd)"
shift
pipeline="${PIPELINE:-default}"
threads="${THREADS:-$(nproc)}"
heap="${HEAP:-4g}"
skip=" ${SKIP:-} "
export CORPUS_JAVA_OPTS="-Xmx$heap"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$home/corpus" --help >/dev/null   # build first, so that the timings are of the runs only
classpath="$(cat "$home/target/runtime-classpath.txt")"
total=$(find "$corpus" -maxdepth 1 -name '*.txt' -type f | wc -l)
sizes=("$@")
[ $# -eq 0 ] && sizes=(50 "$total")

echo "# throughput: $total documents of $corpus, pipeline $pipeline, heap $heap, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "# machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB;" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# one row: NAME DOCS OUTPUT_DIR_WITH_MANIFEST COMMAND...
tokens_of() { python3 -c 'import json,sys; print(sum(d["tokens"] for d in json.load(open(sys.argv[1]))["documents"]))' "$1"; }
declare -A wall
# run NAME DOCS COMMAND...: times the command; row NAME DOCS prints its line (tokens/s from $tokens)
run() {
  local name="$1"
  shift 2
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f '%U %S %M' -o "$work/time-$name" "$@" >"$work/log-$name" 2>&1 || {
    echo "$name failed (exit $?); its log:" >&2
    tail -20 "$work/log-$name" >&2
  }
  t1=$(date +%s.%N)
  wall[$name]=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
  cut -d' ' -f1 /proc/loadavg >"$work/load-$name"
}
row() {
  local name="$1" docs="$2" user sys rss
  read -r user sys rss < <(tail -1 "$work/time-$name")
  awk -v n="$name" -v d="$docs" -v w="${wall[$name]}" -v u="$user" -v s="$sys" -v r="$rss" -v tok="${tokens:-0}" \
    -v l="$(cat "$work/load-$name")" \
    'BEGIN { printf "| %s | %d | %.1f | %.1f | %.2f | %s | %.0f | %s |\n", n, d, w, u + s, d / w,
             (tok > 0 ? sprintf("%.0f", tok / w) : "-"), r / 1024, l }'
}

echo
echo "| run | documents | wall s | CPU s | documents/s | tokens/s | peak RSS MB | load after |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"

# The project on every core first: its manifest gives the token count of every row.
tokens=""
if [[ "$skip" != *" project "* ]]; then
  run project "$total" "$home/corpus" annotate --quiet --threads "$threads" --pipeline "$pipeline" \
    --input "$corpus" --output "$work/out-project"
  tokens=$(tokens_of "$work/out-project/manifest.json")
  row project "$total"
fi

if [[ "$skip" != *" corenlp "* ]]; then
  find "$corpus" -maxdepth 1 -name '*.txt' -type f | sort >"$work/filelist"
  mkdir -p "$work/out-corenlp"
  run corenlp "$total" java "-Xmx$heap" -cp "$classpath" edu.stanford.nlp.pipeline.StanfordCoreNLP \
    -annotators tokenize,ssplit,pos,lemma,ner \
    -ner.model edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz \
    -ner.applyFineGrained false -ner.buildEntityMentions false \
    -threads "$threads" -filelist "$work/filelist" -outputFormat conll -outputDirectory "$work/out-corenlp"
  row corenlp "$total"
  rm -rf "$work/out-corenlp"
fi

for t in 1 2; do
  if [[ "$skip" != *" project-$t "* ]]; then
    run "project-$t" "$total" "$home/corpus" annotate --quiet --threads "$t" --pipeline "$pipeline" \
      --input "$corpus" --output "$work/out-$t"
    row "project-$t" "$total"
    if [ -d "$work/out-project" ] && ! diff -r -q "$work/out-project" "$work/out-$t" >/dev/null; then
      echo "WARNING: the output of --threads $t differs from that of --threads $threads" >&2
    fi
    rm -rf "$work/out-$t"
  fi
done

if [[ "$skip" != *" spark "* ]]; then
  run spark "$total" "$home/corpus" spark --master 'local[2]' --pipeline "$pipeline" --input "$corpus" \
    --output "$work/out-spark"
  row spark "$total"
  if [ -d "$work/out-project" ]; then
    if diff -r -q "$work/out-project" "$work/out-spark" >/dev/null; then
      echo "(spark's output is byte-identical to annotate's)"
    else
      echo "WARNING: spark's output differs from annotate's" >&2
    fi
  fi
  rm -rf "$work/out-spark"
fi

if [[ "$skip" != *" sizes "* ]]; then
  for n in "${sizes[@]}"; do
    [ "$n" -eq "$total" ] && [ -d "$work/out-project" ] && continue   # the full corpus ran above
    mkdir -p "$work/in-$n"
    # (not `sort | head`: with pipefail, sort's SIGPIPE would end the script)
    mapfile -t files < <(find "$corpus" -maxdepth 1 -name '*.txt' -type f | sort)
    cp "${files[@]:0:$n}" "$work/in-$n/"
    run "project-first-$n" "$n" "$home/corpus" annotate --quiet --threads "$threads" --pipeline "$pipeline" \
      --input "$work/in-$n" --output "$work/out-n$n"
    tokens=$(tokens_of "$work/out-n$n/manifest.json")
    row "project-first-$n" "$n"
    rm -rf "$work/in-$n" "$work/out-n$n"
  done
fi

if [ -n "${wall[project]:-}" ] && [ -n "${wall[corenlp]:-}" ]; then
  echo
  awk -v p="${wall[project]}" -v c="${wall[corenlp]}" -v t="$threads" \
    'BEGIN { printf "wall-time ratio project / CoreNLP CLI (both with %d threads): %.2f\n", t, p / c }'
fi
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
