#!/usr/bin/env bash
# Annotation speed of the trained tagger against CoreNLP's CoNLL 4-class CRF, in the same run: each
# pipeline's NER components on the tokens of a CoNLL-2003 file (`./corpus ner-conll`), one after the
# other; prints the command's own tokens per second (wall clock, model loading included) and the
# process's user+system CPU seconds (less sensitive to the load of a shared machine).
#
# Then SpeedBench.java times the tagging alone for both models in one JVM (tokens per CPU second).
#
# Usage: eval/ner/speed.sh CONLL_FILE [PIPELINE...]   (default: ner-trained ner-corenlp-conll4)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ $# -lt 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 CONLL_FILE [PIPELINE...]" >&2
  exit 2
fi
file="$1"; shift
pipelines=("$@")
[ ${#pipelines[@]} -eq 0 ] && pipelines=(ner-trained ner-corenlp-conll4)
out="$home/eval/work/ner-speed"
mkdir -p "$out"
for p in "${pipelines[@]}"; do
  /usr/bin/time -f "$p: %U s user + %S s system CPU, %e s wall, max RSS %M kB" \
    "$home/corpus" ner-conll --input "$file" --pipeline "$p" --output "$out/$p.txt" 2>&1 | grep -v '^corpus: building'
done
# Tagging alone, both models in one JVM (loading excluded, after a warm-up pass).
nice -n 10 java -Xmx3g -cp "$home/target/classes:$(cat "$home/target/runtime-classpath.txt")" "$home/eval/ner/SpeedBench.java" "$file" 3
