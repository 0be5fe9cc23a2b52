#!/usr/bin/env bash
# Feature ablation of the trained tagger on a CoNLL-2003 development file: trains one model per
# configuration (same seed, same epochs) and prints the dev entity F1 of each.
#
# Usage: eval/ner/ablation.sh TRAIN DEV [OUTDIR]
#   TRAIN, DEV  CoNLL-2003 files (e.g. ../shared/data/conll2003/eng.train and eng.testa)
#   OUTDIR      models and logs (default: eval/work/ner-ablation, not committed)
# Needs the cluster tables of `./corpus train ner-clusters` (see eval/ner/README.md).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ $# -lt 2 ]; then
  echo "usage: $0 TRAIN DEV [OUTDIR]" >&2
  exit 2
fi
train="$1"; dev="$2"; outdir="${3:-$home/eval/work/ner-ablation}"
mkdir -p "$outdir"
epochs="${EPOCHS:-12}"
all=affix,context,distsim,glove,gazetteer,doc,history
configs=(
  "words+shapes|affix,context|--one-pass"
  "+doc casing|affix,context,doc|--one-pass"
  "+distsim|affix,context,doc,distsim|--one-pass"
  "+glove|affix,context,doc,distsim,glove|--one-pass"
  "+gazetteer (all, one pass)|affix,context,doc,distsim,glove,gazetteer|--one-pass"
  "+second pass (all, BILOU)|$all|"
  "all, BIO|$all|--encoding BIO"
  "all without distsim|affix,context,glove,gazetteer,doc,history|"
  "all without glove|affix,context,distsim,gazetteer,doc,history|"
  "all without gazetteer|affix,context,distsim,glove,doc,history|"
)
for entry in "${configs[@]}"; do
  IFS='|' read -r name features extra <<<"$entry"
  file="$outdir/$(echo "$name" | tr -c 'a-zA-Z0-9+\n' '_').gz"
  # shellcheck disable=SC2086
  nice -n 10 "$home/corpus" train ner --train "$train" --dev "$dev" --output "$file" --seed 1 --epochs "$epochs" \
    --features "$features" $extra > "$file.out"
  printf '%s\t%s\n' "$name" "$(grep '^dev ALL' "$file.out")"
done
