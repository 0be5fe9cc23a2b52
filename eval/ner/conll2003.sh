#!/usr/bin/env bash
# CoNLL-2003 benchmark of the named-entity configurations (pipelines/ner-*.yaml and the default).
#
# Usage: eval/ner/conll2003.sh FILE [OUTDIR] [PIPELINE...]
#   FILE      a CoNLL-2003 file: token ... NE columns (four-column or two-column form), IOB1 or IOB2,
#             with or without -DOCSTART- lines (without them, documents are cut before each dateline)
#   OUTDIR    where the conlleval files go (default: eval/work/ner-conll2003, not committed)
#   PIPELINE  the configurations to run (default: all six)
#
# For each configuration, `./corpus ner-conll` runs its named-entity components on the file's own tokens
# and sentences and writes OUTDIR/<pipeline>.txt (token, gold tag, predicted tag: conlleval's input);
# `./corpus eval --conlleval` then prints precision, recall and F1 per type and overall.
# The data file is never copied into the repository.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ $# -lt 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 CONLL_FILE [OUTDIR] [PIPELINE...]" >&2
  exit 2
fi
file="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
outdir="${2:-$home/eval/work/ner-conll2003}"
shift $(( $# >= 2 ? 2 : 1 ))
pipelines=("$@")
if [ ${#pipelines[@]} -eq 0 ]; then
  pipelines=(ner-corenlp-conll4 ner-corenlp-combined ner-corenlp-vote ner-lexicon ner-trained default)
fi
mkdir -p "$outdir"
for pipeline in "${pipelines[@]}"; do
  "$home/corpus" ner-conll --input "$file" --pipeline "$pipeline" --output "$outdir/$pipeline.txt"
done
for pipeline in "${pipelines[@]}"; do
  echo "== $pipeline ($outdir/$pipeline.txt)"
  "$home/corpus" eval --conlleval "$outdir/$pipeline.txt"
done
